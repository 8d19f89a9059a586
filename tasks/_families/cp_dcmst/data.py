"""Degree-constrained minimum spanning tree test cases, each with a baseline and a strong reference weight.

A complete graph on n vertices with symmetric integer weights; find a spanning tree in which no vertex has
more than D edges, of least total weight. Kinds (params `kind`): `euclid`, rounded distances between random
points in a 1000 x 1000 square; `random`, weights uniform 1..1000; `hub`, rounded distances between random
points where a few hub vertices (n / 20) see everyone at a quarter of the distance, so the unconstrained
tree would be a few huge stars and the degree bound decides everything. Per case:
- `baseline`: Prim's algorithm from vertex 0 restricted to tree vertices that still have fewer than D
  edges (always feasible for D >= 2);
- `reference`: edge-exchange descent from the baseline: drop a tree edge and reconnect the two parts by
  the cheapest edge whose ends still have room, taking the best exchange until none lowers the weight; then
  a fixed number of rounds of a few random exchanges and descent again, keeping a round unless it weighs
  more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

ILS_ROUNDS = 6
KICK = 3
BIG = 1 << 40


def draw_weights(rng: random.Random, kind: str, n: int) -> np.ndarray:
    draw = np.random.default_rng(rng.getrandbits(63))
    if kind == "random":
        upper = draw.integers(1, 1001, size=(n, n))
        w = np.triu(upper, 1)
        return w + w.T
    pts = draw.uniform(0, 1000, size=(n, 2))
    dist = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=2))
    if kind == "hub":
        hubs = draw.choice(n, size=max(2, n // 20), replace=False)
        dist[hubs, :] /= 4
        dist[:, hubs] = np.minimum(dist[:, hubs], dist[hubs, :].T)
    w = np.maximum(1, np.rint(dist)).astype(np.int64)
    np.fill_diagonal(w, 0)
    return w


def prim(w: np.ndarray, deg_cap: int) -> list[tuple[int, int]]:
    n = len(w)
    in_tree = np.zeros(n, bool)
    in_tree[0] = True
    deg = np.zeros(n, dtype=np.int64)
    edges = []
    for _ in range(n - 1):
        ok = in_tree & (deg < deg_cap)
        masked = np.where(ok[:, None] & ~in_tree[None, :], w, BIG)
        u, v = divmod(int(np.argmin(masked)), n)
        edges.append((u, v))
        in_tree[v] = True
        deg[u] += 1
        deg[v] += 1
    return edges


def weight(w: np.ndarray, edges) -> int:
    return int(sum(w[u, v] for u, v in edges))


def side_of(n: int, edges, cut: int) -> np.ndarray:
    """Vertices on edges[cut][0]'s side once edges[cut] is removed."""
    adj = [[] for _ in range(n)]
    for t, (u, v) in enumerate(edges):
        if t != cut:
            adj[u].append(v)
            adj[v].append(u)
    mark = np.zeros(n, bool)
    stack = [edges[cut][0]]
    mark[stack[0]] = True
    while stack:
        for y in adj[stack.pop()]:
            if not mark[y]:
                mark[y] = True
                stack.append(y)
    return mark


def best_reconnect(w, edges, deg, deg_cap, cut):
    """(gain, (x, y)) of the cheapest edge joining the two parts once edges[cut] goes."""
    n = len(w)
    u, v = edges[cut]
    deg = deg.copy()
    deg[u] -= 1
    deg[v] -= 1
    side = side_of(n, edges, cut)
    room = deg < deg_cap
    masked = np.where((side & room)[:, None] & (~side & room)[None, :], w, BIG)
    x, y = divmod(int(np.argmin(masked)), n)
    return int(w[u, v] - masked[x, y]), (x, y)


def degrees(n: int, edges) -> np.ndarray:
    deg = np.zeros(n, dtype=np.int64)
    for u, v in edges:
        deg[u] += 1
        deg[v] += 1
    return deg


def descend(w, edges, deg_cap):
    n = len(w)
    edges = list(edges)
    while True:
        deg = degrees(n, edges)
        best_gain, best_cut, best_new = 0, -1, None
        for t in range(n - 1):
            gain, new = best_reconnect(w, edges, deg, deg_cap, t)
            if gain > best_gain:
                best_gain, best_cut, best_new = gain, t, new
        if best_cut < 0:
            return edges
        edges[best_cut] = best_new


def kick(w, edges, deg_cap, rng: random.Random):
    """Replace a random tree edge by a random edge that reconnects the parts and keeps the degree bound."""
    n = len(w)
    edges = list(edges)
    cut = rng.randrange(n - 1)
    u, v = edges[cut]
    deg = degrees(n, edges)
    deg[u] -= 1
    deg[v] -= 1
    side = side_of(n, edges, cut)
    left = [x for x in range(n) if side[x] and deg[x] < deg_cap]
    right = [y for y in range(n) if not side[y] and deg[y] < deg_cap]
    edges[cut] = (rng.choice(left), rng.choice(right))
    return edges


def reference_tree(w, start, deg_cap, rng: random.Random):
    best = descend(w, start, deg_cap)
    best_weight = weight(w, best)
    for _ in range(ILS_ROUNDS):
        trial = best
        for _ in range(KICK):
            trial = kick(w, trial, deg_cap, rng)
        trial = descend(w, trial, deg_cap)
        if weight(w, trial) <= best_weight:
            best, best_weight = trial, weight(w, trial)
    return best


def make_case(rng: random.Random, kind: str, n: int, deg_cap: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    w = draw_weights(rng, kind, n)
    start = prim(w, deg_cap)
    baseline = weight(w, start)
    reference = weight(w, reference_tree(w, start, deg_cap, search_rng))
    if reference >= baseline:
        return None
    return {"n": n, "max_degree": deg_cap, "weights": w.tolist(), "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["max_degree"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
