"""Trusted reference solver for num_maxflow: Edmonds-Karp (shortest augmenting paths) in plain Python."""
from collections import deque


def solve(problem):
    """Value of a maximum flow from node 0 to node n - 1 (edge e: src[e] -> dst[e], capacity cap[e])."""
    n = int(problem["n"])
    head = [[] for _ in range(n)]  # per node: indices into the arc lists
    to, residual = [], []
    for u, v, c in zip(problem["src"].tolist(), problem["dst"].tolist(), problem["cap"].tolist()):
        head[u].append(len(to))
        to.append(v)
        residual.append(c)
        head[v].append(len(to))  # reverse arc, index differs from its partner's in the last bit only
        to.append(u)
        residual.append(0)
    source, sink, total = 0, n - 1, 0
    while True:
        via = [-1] * n
        via[source] = -2
        queue = deque([source])
        while queue and via[sink] == -1:
            u = queue.popleft()
            for arc in head[u]:
                v = to[arc]
                if via[v] == -1 and residual[arc] > 0:
                    via[v] = arc
                    queue.append(v)
        if via[sink] == -1:
            return total
        push, v = float("inf"), sink
        while v != source:
            push = min(push, residual[via[v]])
            v = to[via[v] ^ 1]
        v = sink
        while v != source:
            residual[via[v]] -= push
            residual[via[v] ^ 1] += push
            v = to[via[v] ^ 1]
        total += push
