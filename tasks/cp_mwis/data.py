"""Maximum-weight independent set test cases, each with a baseline and a strong reference weight.

Sparse random graphs with a given average degree and random geometric (unit-disk) graphs; vertex weights
1..100, in half of the cases correlated with the degree (heavy hubs lure a weight-greedy into poor sets).
Vertex labels are shuffled. Per case:
- `baseline`: greedy by weight (heaviest first, ties by index), taking a vertex if no neighbour is taken;
- `reference`: greedy by weight / (degree + 1) (GWMIN), then iterated local search: (1,*)-swaps (insert a
  vertex heavier than its chosen neighbours together, then refill freed vertices greedily) to a local
  optimum, perturbed by forcing random vertices in, a fixed number of rounds, keeping the best set.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

# (kind, n, average degree, weights correlated with degree)
SHAPES = (
    ("gnm", 300, 6, False), ("gnm", 500, 10, True), ("gnm", 800, 4, False), ("gnm", 1000, 20, True),
    ("gnm", 1500, 8, False), ("gnm", 2000, 12, True), ("geo", 600, 8, False), ("geo", 1200, 12, True),
    ("gnm", 400, 30, False), ("geo", 1800, 6, True), ("gnm", 1200, 3, True), ("geo", 900, 16, False),
)
ILS_ROUNDS = 2000


def draw_graph(rng: random.Random, kind: str, n: int, degree: float) -> list[tuple[int, int]]:
    if kind == "gnm":
        m, edges = int(n * degree / 2), set()
        while len(edges) < m:
            u, v = rng.randrange(n), rng.randrange(n)
            if u != v:
                edges.add((min(u, v), max(u, v)))
    else:
        radius = math.sqrt(degree / (math.pi * n))
        pts = sorted((rng.random(), rng.random(), i) for i in range(n))
        edges = set()
        for a in range(n):
            xa, ya, ia = pts[a]
            for b in range(a + 1, n):
                xb, yb, ib = pts[b]
                if xb - xa >= radius:
                    break
                if (xa - xb) ** 2 + (ya - yb) ** 2 < radius * radius:
                    edges.add((min(ia, ib), max(ia, ib)))
    perm = list(range(n))
    rng.shuffle(perm)
    return sorted((min(perm[u], perm[v]), max(perm[u], perm[v])) for u, v in edges)


def greedy(nbrs: list[list[int]], order: list[int]) -> list[bool]:
    chosen = [False] * len(nbrs)
    for v in order:
        if not any(chosen[u] for u in nbrs[v]):
            chosen[v] = True
    return chosen


class Search:
    """Iterated local search over independent sets, with the weight of chosen neighbours kept per vertex."""

    def __init__(self, weight: list[int], nbrs: list[list[int]], chosen: list[bool]):
        self.weight, self.nbrs, self.chosen = weight, nbrs, list(chosen)
        self.blocked = [sum(weight[u] for u in nbrs[v] if chosen[u]) for v in range(len(weight))]
        self.count = [sum(1 for u in nbrs[v] if chosen[u]) for v in range(len(weight))]
        self.total = sum(w for w, c in zip(weight, chosen) if c)
        self.log: list[int] = []  # toggled vertices since the last commit, for rollback

    def toggle(self, v: int, on: bool) -> None:
        self.log.append(v)
        self.chosen[v] = on
        sign = 1 if on else -1
        self.total += sign * self.weight[v]
        for u in self.nbrs[v]:
            self.blocked[u] += sign * self.weight[v]
            self.count[u] += sign

    def insert(self, v: int) -> list[int]:
        """Put v in, take its chosen neighbours out; returns the freed candidates (neighbours of those)."""
        removed = [u for u in self.nbrs[v] if self.chosen[u]]
        for u in removed:
            self.toggle(u, False)
        self.toggle(v, True)
        return [x for u in removed for x in self.nbrs[u]]

    def refill(self, candidates: list[int]) -> None:
        for v in sorted(set(candidates), key=lambda x: (-self.weight[x], x)):
            if not self.chosen[v] and self.count[v] == 0:
                self.toggle(v, True)

    def rollback(self) -> None:
        log, self.log = self.log, []
        for v in reversed(log):
            self.toggle(v, not self.chosen[v])
        self.log = []

    def improve(self, todo: list[int]) -> None:
        stack = list(todo)
        while stack:
            v = stack.pop()
            if not self.chosen[v] and self.weight[v] > self.blocked[v]:
                freed = self.insert(v)
                self.refill(freed)
                stack.extend(freed)
                stack.extend(self.nbrs[v])


def reference_weight(weight: list[int], nbrs: list[list[int]], rng: random.Random) -> int:
    n = len(weight)
    order = sorted(range(n), key=lambda v: (-weight[v] / (len(nbrs[v]) + 1), v))
    search = Search(weight, nbrs, greedy(nbrs, order))
    search.improve(list(range(n)))
    search.log = []
    for _ in range(ILS_ROUNDS):
        before = search.total
        kicked = [rng.randrange(n) for _ in range(2)]
        touched = []
        for v in kicked:
            if not search.chosen[v]:
                touched += search.insert(v)
        search.refill(touched)
        search.improve(touched + kicked)
        if search.total >= before:
            search.log = []
        else:
            search.rollback()
    best, best_set = search.total, search.chosen
    for v in range(n):
        if best_set[v] and any(best_set[u] for u in nbrs[v]):
            raise RuntimeError("local search lost independence")
    return best


def make_case(rng: random.Random, kind: str, n: int, degree: float, correlated: bool) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    edges = draw_graph(rng, kind, n, degree)
    nbrs: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        nbrs[u].append(v)
        nbrs[v].append(u)
    if correlated:
        weight = [min(100, 1 + 3 * len(nbrs[v]) + rng.randrange(20)) for v in range(n)]
    else:
        weight = [rng.randint(1, 100) for _ in range(n)]
    chosen = greedy(nbrs, sorted(range(n), key=lambda v: (-weight[v], v)))
    baseline = sum(w for w, c in zip(weight, chosen) if c)
    reference = reference_weight(weight, nbrs, search_rng)
    if reference <= baseline:
        return None
    return {"n": n, "weights": weight, "edges": [list(e) for e in edges], "baseline": baseline,
            "reference": reference}


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for shape in SHAPES:
        case = None
        while case is None:
            case = make_case(rng, *shape)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
