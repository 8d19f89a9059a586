"""Axial three-index assignment test cases, each with a baseline and a strong reference cost.

Choose n disjoint triples (i, j, k) covering each index of each of the three sets exactly once, i.e.
permutations p and q with triples (i, p_i, q_i), minimising the sum of c[i][p_i][q_i]. Kinds (params
`kind`): `uniform`, costs uniform 0..99 (Balas and Saltzman's random instances); `geometric`, three sets
of random points in a 100 x 100 square and c_ijk the rounded perimeter of the triangle they span (Crama and
Spieksma's sum-of-distances class); `sparse`, costs 900..999 except that every i has up to four cheap triples
(0..99) hidden among them, so a good answer must thread the cheap triples together. Per case:
- `baseline`: greedy, all triples by cost (ties by index), each taken if none of its three indices is used;
- `reference`: alternating assignments from the baseline: fix two coordinates of every triple and solve
  the linear assignment of the third (three ways in turn) until no round lowers the cost, then a fixed
  number of rounds of a few random pair exchanges and alternation again, keeping a round unless it costs
  more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

ILS_ROUNDS = 40
KICK = 3


def draw_costs(rng: random.Random, kind: str, n: int) -> np.ndarray:
    draw = np.random.default_rng(rng.getrandbits(63))
    if kind == "uniform":
        return draw.integers(0, 100, size=(n, n, n), dtype=np.int64)
    if kind == "geometric":
        a, b, c = ([(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(n)] for _ in range(3))
        ab = np.array([[math.dist(x, y) for y in b] for x in a])
        bc = np.array([[math.dist(x, y) for y in c] for x in b])
        ac = np.array([[math.dist(x, y) for y in c] for x in a])
        return np.rint(ab[:, :, None] + bc[None, :, :] + ac[:, None, :]).astype(np.int64)
    cost = draw.integers(900, 1000, size=(n, n, n), dtype=np.int64)
    for i in range(n):
        for _ in range(4):
            cost[i, rng.randrange(n), rng.randrange(n)] = rng.randint(0, 99)
    return cost


def total(cost: np.ndarray, p: np.ndarray, q: np.ndarray) -> int:
    return int(cost[np.arange(len(p)), p, q].sum())


def greedy(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = cost.shape[0]
    used_j, used_k = np.zeros(n, bool), np.zeros(n, bool)
    p, q = np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)
    taken = 0
    for i, j, k in zip(*(axis.tolist() for axis in np.unravel_index(np.argsort(cost, axis=None, kind="stable"),
                                                                       cost.shape))):
        if p[i] < 0 and not used_j[j] and not used_k[k]:
            p[i], q[i], used_j[j], used_k[k] = j, k, True, True
            taken += 1
            if taken == n:
                break
    return p, q


def alternate(cost: np.ndarray, p: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(p)
    rows = np.arange(n)
    current = total(cost, p, q)
    while True:
        _, p = linear_sum_assignment(cost[rows[:, None], rows[None, :], q[:, None]])  # [i, j] with k = q_i
        _, q = linear_sum_assignment(cost[rows[:, None], p[:, None], rows[None, :]])  # [i, k] with j = p_i
        # triple t keeps (p_t, q_t) and takes a new first index: [t, i] = cost[i, p_t, q_t]
        _, first = linear_sum_assignment(cost[rows[None, :], p[:, None], q[:, None]])
        order = np.argsort(first)
        p, q = p[order], q[order]
        value = total(cost, p, q)
        if value >= current:
            return p, q
        current = value


def reference_triples(cost, p, q, rng: random.Random):
    n = len(p)
    best_p, best_q = alternate(cost, p.copy(), q.copy())
    best = total(cost, best_p, best_q)
    for _ in range(ILS_ROUNDS):
        tp, tq = best_p.copy(), best_q.copy()
        for _ in range(KICK):
            a, b = rng.sample(range(n), 2)
            tp[a], tp[b] = tp[b], tp[a]
            a, b = rng.sample(range(n), 2)
            tq[a], tq[b] = tq[b], tq[a]
        tp, tq = alternate(cost, tp, tq)
        value = total(cost, tp, tq)
        if value <= best:
            best_p, best_q, best = tp, tq, value
    return best_p, best_q


def make_case(rng: random.Random, kind: str, n: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    cost = draw_costs(rng, kind, n)
    p, q = greedy(cost)
    baseline = total(cost, p, q)
    reference = total(cost, *reference_triples(cost, p, q, search_rng))
    if reference >= baseline:
        return None
    return {"n": n, "cost": cost.tolist(), "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
