"""Graph-colouring test cases, each with a baseline and a strong reference colour count.

Random G(n, p) graphs, random geometric (unit-disk) graphs and graphs with a hidden k-colouring, with
vertex labels shuffled so that the input order carries no structure. Per case:
- `baseline`: colours used by first-fit greedy in input order (the simple solution);
- `reference`: the fewest colours found by DSatur and recursive-largest-first (RLF), improved by iterated
  greedy (Culberson: first-fit class by class from the best colouring so far, never more colours) and then
  by TabuCol (Hertz and de Werra: with one colour fewer, move conflicting vertices under a tabu list until
  no edge conflicts; a fixed iteration budget), and, for the hidden-colouring graphs, the hidden colouring.
A draw whose reference does not beat its baseline is replaced by the next draw, so the score rule's
denominator is never zero. Vertex sets are Python ints used as bitsets, which keeps generation quick.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

# (kind, n, parameter): gnp -> edge probability, geo -> disk radius, planted -> (k, edge probability)
SHAPES = (
    ("gnp", 60, 0.5), ("gnp", 100, 0.1), ("gnp", 120, 0.5), ("gnp", 150, 0.3), ("gnp", 200, 0.1),
    ("gnp", 200, 0.5), ("gnp", 250, 0.25), ("geo", 200, 0.15), ("geo", 300, 0.1),
    ("planted", 150, (8, 0.5)), ("planted", 200, (10, 0.45)), ("planted", 250, (12, 0.5)),
)
ITERATED_GREEDY_ROUNDS = 300
TABU_ITERATIONS = 4000  # per case, over all colour counts tried


def draw_graph(rng: random.Random, kind: str, n: int, param) -> tuple[list[tuple[int, int]], list[int] | None]:
    """Edges (u < v) of one random graph, and its hidden colouring (planted graphs only)."""
    hidden = None
    if kind == "gnp":
        edges = [(u, v) for u in range(n) for v in range(u + 1, n) if rng.random() < param]
    elif kind == "geo":
        pts = [(rng.random(), rng.random()) for _ in range(n)]
        r2 = param * param
        edges = [(u, v) for u in range(n) for v in range(u + 1, n)
                 if (pts[u][0] - pts[v][0]) ** 2 + (pts[u][1] - pts[v][1]) ** 2 < r2]
    else:
        k, p = param
        hidden = [rng.randrange(k) for _ in range(n)]
        edges = [(u, v) for u in range(n) for v in range(u + 1, n) if hidden[u] != hidden[v] and rng.random() < p]
    perm = list(range(n))
    rng.shuffle(perm)
    edges = sorted((min(perm[u], perm[v]), max(perm[u], perm[v])) for u, v in edges)
    if hidden is not None:
        relabelled = [0] * n
        for u in range(n):
            relabelled[perm[u]] = hidden[u]
        hidden = relabelled
    return edges, hidden


def adjacency(n: int, edges: list[tuple[int, int]]) -> list[int]:
    adj = [0] * n
    for u, v in edges:
        adj[u] |= 1 << v
        adj[v] |= 1 << u
    return adj


def first_fit(adj: list[int], order: list[int]) -> list[int]:
    """Colour classes (bitsets) of first-fit greedy over `order`."""
    classes: list[int] = []
    for v in order:
        for c, members in enumerate(classes):
            if not adj[v] & members:
                classes[c] = members | (1 << v)
                break
        else:
            classes.append(1 << v)
    return classes


def members_of(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def dsatur(adj: list[int]) -> list[int]:
    n = len(adj)
    degree = [a.bit_count() for a in adj]
    colour = [-1] * n
    seen = [0] * n  # bitset of colours among coloured neighbours
    classes: list[int] = []
    for _ in range(n):
        v = max((u for u in range(n) if colour[u] < 0), key=lambda u: (seen[u].bit_count(), degree[u], -u))
        c = 0
        while seen[v] >> c & 1:
            c += 1
        colour[v] = c
        if c == len(classes):
            classes.append(0)
        classes[c] |= 1 << v
        for u in members_of(adj[v]):
            seen[u] |= 1 << c
    return classes


def rlf(adj: list[int]) -> list[int]:
    """Recursive largest first: grow each class from the uncoloured vertex of most uncoloured neighbours,
    then repeatedly add the candidate with most neighbours among the excluded vertices."""
    n = len(adj)
    uncoloured = (1 << n) - 1
    classes = []
    while uncoloured:
        candidates = members_of(uncoloured)
        v = max(candidates, key=lambda u: ((adj[u] & uncoloured).bit_count(), -u))
        members = 1 << v
        excluded = adj[v] & uncoloured
        open_ = uncoloured & ~excluded & ~members
        while open_:
            v = max(members_of(open_), key=lambda u: ((adj[u] & excluded).bit_count(),
                                                      -(adj[u] & open_).bit_count(), -u))
            members |= 1 << v
            excluded |= adj[v] & open_
            open_ &= ~(adj[v] | members)
        classes.append(members)
        uncoloured &= ~members
    return classes


def iterated_greedy(adj: list[int], classes: list[int], rng: random.Random, rounds: int) -> list[int]:
    """Culberson's iterated greedy: first-fit the vertices class by class; the count never increases."""
    best = list(classes)
    current = list(classes)
    for _ in range(rounds):
        how = rng.randrange(3)
        if how == 0:
            current.sort(key=lambda m: -m.bit_count())
        elif how == 1:
            current.reverse()
        else:
            rng.shuffle(current)
        order = [v for members in current for v in members_of(members)]
        current = first_fit(adj, order)
        if len(current) < len(best):
            best = list(current)
    return best


def tabucol(n: int, edges: list[tuple[int, int]], classes: list[int], rng: random.Random, budget: int) -> int:
    """Fewest colours TabuCol reaches from `classes` (a proper colouring) within `budget` moves."""
    colour = np.zeros(n, dtype=np.int64)
    for c, members in enumerate(classes):
        colour[members_of(members)] = c
    ends = np.array(edges, dtype=np.int64).reshape(-1, 2)
    neighbours = [[] for _ in range(n)]
    for u, v in edges:
        neighbours[u].append(v)
        neighbours[v].append(u)
    neighbours = [np.array(vs, dtype=np.int64) for vs in neighbours]
    rows = np.arange(n)
    best_k, used = len(classes), 0
    while used < budget and best_k > 1:
        k = best_k - 1
        spill = colour >= k  # the vertices of the dropped colour restart at random
        colour[spill] = [rng.randrange(k) for _ in range(int(spill.sum()))]
        gamma = np.zeros((n, k), dtype=np.int64)  # gamma[v, c]: neighbours of v coloured c
        np.add.at(gamma, (ends[:, 0], colour[ends[:, 1]]), 1)
        np.add.at(gamma, (ends[:, 1], colour[ends[:, 0]]), 1)
        tabu = np.zeros((n, k), dtype=np.int64)
        conflicts = int(gamma[rows, colour].sum()) // 2
        fewest, step = conflicts, 0
        while conflicts and used < budget:
            step += 1
            used += 1
            own = gamma[rows, colour]
            delta = gamma - own[:, None]
            allowed = (tabu <= step) | (conflicts + delta < fewest)
            allowed[own == 0] = False
            allowed[rows, colour] = False
            masked = np.where(allowed, delta, n * n)
            v, c = divmod(int(np.argmin(masked)), k)
            if masked[v, c] == n * n:
                continue
            old = int(colour[v])
            conflicts += int(delta[v, c])
            gamma[neighbours[v], old] -= 1
            gamma[neighbours[v], c] += 1
            colour[v] = c
            tabu[v, old] = step + int(0.6 * conflicts) + rng.randrange(10)
            fewest = min(fewest, conflicts)
        if conflicts:
            break
        if (colour[ends[:, 0]] == colour[ends[:, 1]]).any():
            raise RuntimeError("tabucol lost track of its conflicts")
        best_k = k
    return best_k


def make_case(rng: random.Random, kind: str, n: int, param) -> dict | None:
    edges, hidden = draw_graph(rng, kind, n, param)
    adj = adjacency(n, edges)
    baseline = len(first_fit(adj, list(range(n))))
    best = min((dsatur(adj), rlf(adj)), key=len)
    best = iterated_greedy(adj, best, rng, ITERATED_GREEDY_ROUNDS)
    reference = tabucol(n, edges, best, rng, TABU_ITERATIONS)
    if hidden is not None:
        reference = min(reference, len(set(hidden)))
    if reference >= baseline:
        return None
    return {"n": n, "edges": [list(e) for e in edges], "baseline": baseline, "reference": reference}


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for kind, n, param in SHAPES:
        case = None
        while case is None:
            case = make_case(rng, kind, n, param)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
