"""Minimum linear arrangement test cases, each with a baseline and a strong reference cost.

A case is a connected graph of the member's kind (random, geometric, grid, scale-free; family cp_linarr
params `kind`, `n`, `degree`) with edge weights 1..`wmax`; the cases of a member grow from 0.6 n to n
vertices. cost(order) = sum over the edges {u, v} of w * |pos(u) - pos(v)|. Per case:
- `baseline`: Cuthill-McKee order, breadth-first from a vertex of least degree (ties by label), the
  neighbours of each vertex taken by increasing degree, the bandwidth heuristic a first attempt would write;
- `reference`: best-improvement pair swaps to a local optimum from the baseline and from a breadth-first
  order started at a pseudo-peripheral vertex, the cheaper of the two, then iterated local search: a fixed
  number of rounds of random nearby swaps plus descent, keeping a round unless it costs more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

from eft.judge.graphs import base_graph

ILS_ROUNDS = 40
KICK = 8
KICK_REACH = 6


def weights(case: dict) -> np.ndarray:
    w = np.zeros((case["n"], case["n"]), dtype=np.int64)
    for u, v, x in case["edges"]:
        w[u, v] = w[v, u] = x
    return w


def arrangement_cost(w: np.ndarray, order: np.ndarray) -> int:
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order))
    return int((np.triu(w) * np.abs(position[:, None] - position[None, :])).sum())


def descend(w: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Best-improvement swaps of two vertices' positions until no swap lowers the cost.

    f[v, q] = sum_x w[v, x] |q - pos(x)| is the cost of vertex v moved to position q, the others fixed; with
    g = f in position order (g[i] = f[order[i]]) and w' = w in position order, swapping the vertices at
    positions i and j changes the cost by g[i, j] - g[i, i] + g[j, i] - g[j, j] + 2 w'[i, j] |i - j|. A swap
    of u (at a) and v (at b) adds (w[:, u] - w[:, v]) (|q - b| - |q - a|) to f."""
    order = order.copy()
    n = len(order)
    places = np.arange(n)
    span = np.abs(places[:, None] - places[None, :])
    position = np.empty(n, dtype=np.int64)
    position[order] = places
    f = w @ span[position]
    while True:
        g = f[order]
        diag = np.diag(g)
        delta = g - diag[:, None] + g.T - diag[None, :] + 2 * w[np.ix_(order, order)] * span
        a, b = divmod(int(np.argmin(delta)), n)
        if delta[a, b] >= 0:
            return order
        u, v = order[a], order[b]
        f += np.outer(w[:, u] - w[:, v], span[b] - span[a])
        order[a], order[b] = v, u


def cuthill_mckee(w: np.ndarray, start: int | None = None) -> np.ndarray:
    """Breadth-first order from `start` (default: a vertex of least degree), neighbours by increasing degree."""
    n = len(w)
    nbrs = [np.flatnonzero(w[v]).tolist() for v in range(n)]
    degree = [len(x) for x in nbrs]
    if start is None:
        start = min(range(n), key=lambda v: (degree[v], v))
    order, seen = [start], {start}
    for v in order:
        for u in sorted(nbrs[v], key=lambda x: (degree[x], x)):
            if u not in seen:
                seen.add(u)
                order.append(u)
    return np.array(order, dtype=np.int64)


def peripheral_order(w: np.ndarray) -> np.ndarray:
    """Breadth-first order from a pseudo-peripheral vertex: the last vertex reached from the last vertex
    reached from the least-degree start (the first step of Gibbs-Poole-Stockmeyer)."""
    far = int(cuthill_mckee(w)[-1])
    return cuthill_mckee(w, int(cuthill_mckee(w, far)[-1]))


def make_case(rng: random.Random, kind: str, n: int, degree: float, wmax: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    edges = base_graph(rng, kind, n, degree)
    case = {"n": n, "edges": [[u, v, rng.randint(1, wmax)] for u, v in edges]}
    w = weights(case)
    start = cuthill_mckee(w)
    baseline = arrangement_cost(w, start)
    best = min((descend(w, start), descend(w, peripheral_order(w))), key=lambda order: arrangement_cost(w, order))
    best_cost = arrangement_cost(w, best)
    for _ in range(ILS_ROUNDS):
        trial = best.copy()
        for _ in range(KICK):
            i = search_rng.randrange(n)
            j = min(n - 1, max(0, i + search_rng.randint(-KICK_REACH, KICK_REACH)))
            trial[i], trial[j] = trial[j], trial[i]
        trial = descend(w, trial)
        cost = arrangement_cost(w, trial)
        if cost <= best_cost:
            best, best_cost = trial, cost
    case["baseline"], case["reference"] = baseline, best_cost
    return case if best_cost < baseline else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count, top = int(params["cases"]), int(params["n"])
    cases = []
    for index in range(count):
        n = round(top * (0.6 + 0.4 * index / max(1, count - 1)))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), int(params.get("wmax", 1)))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
