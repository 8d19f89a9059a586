"""Feedback arc set (linear ordering) test cases, each with a baseline and a strong reference back weight.

A case is a weighted digraph: an undirected graph of the member's kind (random, geometric, grid, scale-free;
eft family cp_fas params `kind`, `n`, `degree`) whose edges are oriented along a hidden vertex order, each
edge reversed with probability `noise`, weights 1..9; a `twins` share of the edges also gets the opposite
arc (weight 1..9), so some back weight is unavoidable. The cases of a member grow from 0.6 n to n vertices.
back(order) = total weight of the arcs (u, v) with u placed after v. Per case:
- `baseline`: vertices sorted by out-weight minus in-weight, largest first (ties by label), the ordering
  heuristic of Eades et al. that a first attempt would write;
- `reference`: insertion descent from the baseline (move one vertex to its best position while that lowers
  the back weight), then iterated local search: a fixed number of rounds of random relocations plus
  descent, keeping a round unless it is worse.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

from eft.judge.graphs import base_graph

ILS_ROUNDS = 100
KICK = 6


def draw_case(rng: random.Random, kind: str, n: int, degree: float, noise: float, twins: float) -> dict:
    edges = base_graph(rng, kind, n, degree)
    rank = list(range(n))
    rng.shuffle(rank)
    arcs: dict[tuple[int, int], int] = {}
    for u, v in edges:
        a, b = (u, v) if rank[u] < rank[v] else (v, u)
        if rng.random() < noise:
            a, b = b, a
        arcs[(a, b)] = rng.randint(1, 9)
        if rng.random() < twins:
            arcs[(b, a)] = rng.randint(1, 9)
    return {"n": n, "arcs": [[a, b, w] for (a, b), w in sorted(arcs.items())]}


def weight_matrix(case: dict) -> np.ndarray:
    w = np.zeros((case["n"], case["n"]), dtype=np.int64)
    for a, b, x in case["arcs"]:
        w[a, b] = x
    return w


def back_weight(w: np.ndarray, order: np.ndarray) -> int:
    """Weight of the arcs from a later to an earlier position."""
    return int(np.tril(w[np.ix_(order, order)], -1).sum())


def descend(w: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Best-improvement insertion (one vertex to another position) until no move lowers the back weight.

    With g[i, k] = w[o_i, o_k] - w[o_k, o_i] and s its row prefix sums, moving the vertex at position i to
    position k changes the back weight by s[i, k] - s[i, i] (k > i) or s[i, k] - g[i, k] - s[i, i] (k < i)."""
    order = order.copy()
    n = len(order)
    later = np.arange(n)[None, :] > np.arange(n)[:, None]
    while True:
        g = w[np.ix_(order, order)]
        g = g - g.T
        s = np.cumsum(g, axis=1)
        delta = np.where(later, s, s - g) - np.diag(s)[:, None]
        i, k = divmod(int(np.argmin(delta)), n)
        if delta[i, k] >= 0:
            return order
        order = np.insert(np.delete(order, i), k, order[i])


def baseline_order(w: np.ndarray) -> np.ndarray:
    surplus = w.sum(axis=1) - w.sum(axis=0)
    return np.array(sorted(range(len(w)), key=lambda v: (-int(surplus[v]), v)), dtype=np.int64)


def make_case(rng: random.Random, kind: str, n: int, degree: float, noise: float, twins: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    case = draw_case(rng, kind, n, degree, noise, twins)
    w = weight_matrix(case)
    start = baseline_order(w)
    best = descend(w, start)
    best_cost = back_weight(w, best)
    for _ in range(ILS_ROUNDS):
        trial = best
        for _ in range(KICK):
            v = trial[search_rng.randrange(n)]
            trial = np.insert(trial[trial != v], search_rng.randrange(n), v)
        trial = descend(w, trial)
        cost = back_weight(w, trial)
        if cost <= best_cost:
            best, best_cost = trial, cost
    case["baseline"], case["reference"] = back_weight(w, start), best_cost
    return case if case["reference"] < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count, top = int(params["cases"]), int(params["n"])
    cases = []
    for index in range(count):
        n = round(top * (0.6 + 0.4 * index / max(1, count - 1)))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), float(params["noise"]),
                             float(params.get("twins", 0.0)))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
