"""Capacitated p-median test cases, each with a baseline and a strong reference cost.

n customers with integer coordinates and demands; choose exactly p of them as medians and assign every
customer to a median (a median serves itself) so that no median serves more than Q demand, minimising the
sum of Euclidean customer-median distances. Kinds (params `kind`) after Osman and Christofides' instances:
`uniform`, points uniform in 0..100 x 0..100 and demands 1..20; `clustered`, points around a few Gaussian
centres (so the natural clusters rarely match the capacities) and demands 1..30. Q is set so that the total
demand fills `tight` of the p medians' capacity. Per case:
- `baseline`: medians by farthest-point insertion from the customer with the least distance sum to all
  others, customers in decreasing demand order to the nearest median with room (a draw where that fails is
  redrawn);
- `reference`: location-allocation search from the baseline: improve the allocation by shift and swap
  moves that keep every capacity, move each median to the member of its cluster that minimises the
  cluster's distance sum, repeat until nothing improves; then a fixed number of rounds that replace a
  random median by a random customer, reallocate and improve again, keeping a round unless it costs more.
A draw is replaced by the next one if the seed program's construction (the first p customers as medians,
customers in decreasing demand order to the nearest median with room) is infeasible or if the reference
does not beat the baseline.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

ILS_ROUNDS = 20
INF = 1e18


def draw_points(rng: random.Random, kind: str, n: int) -> tuple[list[list[int]], list[int]]:
    if kind == "uniform":
        pts = [[rng.randint(0, 100), rng.randint(0, 100)] for _ in range(n)]
        return pts, [rng.randint(1, 20) for _ in range(n)]
    centres = [(rng.uniform(15, 85), rng.uniform(15, 85)) for _ in range(rng.randint(3, 6))]
    pts = []
    for _ in range(n):
        cx, cy = rng.choice(centres)
        pts.append([min(100, max(0, round(rng.gauss(cx, 8)))), min(100, max(0, round(rng.gauss(cy, 8))))])
    return pts, [rng.randint(1, 30) for _ in range(n)]


def distances(pts: np.ndarray) -> np.ndarray:
    diff = pts[:, None, :] - pts[None, :, :]
    return np.sqrt((diff * diff).sum(axis=2).astype(np.float64))


def nearest_with_room(dist, demand, cap, medians, order) -> np.ndarray | None:
    """Customers in `order` to the nearest median with room (medians first, to themselves)."""
    a = np.full(len(demand), -1, dtype=np.int64)
    load = {m: 0 for m in medians}
    for m in medians:
        a[m], load[m] = m, demand[m]
    for i in order:
        if a[i] >= 0:
            continue
        for m in sorted(medians, key=lambda m: (dist[i, m], m)):
            if load[m] + demand[i] <= cap:
                a[i], load[m] = m, load[m] + demand[i]
                break
        else:
            return None
    return a


def cost(dist: np.ndarray, a: np.ndarray) -> float:
    return float(dist[np.arange(len(a)), a].sum())


def farthest_medians(dist: np.ndarray, p: int) -> list[int]:
    medians = [int(np.argmin(dist.sum(axis=1)))]
    while len(medians) < p:
        medians.append(int(np.argmax(dist[:, medians].min(axis=1))))
    return medians


def improve_allocation(dist, demand, cap, a: np.ndarray) -> np.ndarray:
    """Shift and swap descent of non-median customers between the current medians."""
    n = len(a)
    medians = np.unique(a)
    rows = np.arange(n)
    movable = a != rows
    load = np.bincount(a, weights=demand, minlength=n)
    sub = dist[:, medians]  # [i, t]: distance of customer i to median t
    while True:
        own = dist[rows, a]
        shift = np.where((load[medians][None, :] + demand[:, None] <= cap) & movable[:, None], sub - own[:, None], INF)
        shift[rows, np.searchsorted(medians, a)] = INF
        to = dist[:, a]  # [i, k]: distance of i to k's median
        fit = load[a][None, :] - demand[None, :] + demand[:, None] <= cap  # k's median takes i, loses k
        swap = np.where(fit & fit.T & (a[:, None] != a[None, :]) & movable[:, None] & movable[None, :],
                        to + to.T - own[:, None] - own[None, :], INF)
        i, t = divmod(int(np.argmin(shift)), len(medians))
        k1, k2 = divmod(int(np.argmin(swap)), n)
        if min(shift[i, t], swap[k1, k2]) >= -1e-9:
            return a
        if shift[i, t] <= swap[k1, k2]:
            load[a[i]] -= demand[i]
            a[i] = medians[t]
            load[a[i]] += demand[i]
        else:
            x, y = a[k1], a[k2]
            load[x] += demand[k2] - demand[k1]
            load[y] += demand[k1] - demand[k2]
            a[k1], a[k2] = y, x


def recentre(dist, a: np.ndarray) -> np.ndarray:
    """Each cluster's median becomes the member with the least distance sum to the other members."""
    out = a.copy()
    for m in np.unique(a):
        members = np.flatnonzero(a == m)
        best = members[int(np.argmin(dist[np.ix_(members, members)].sum(axis=1)))]
        out[members] = best
    return out


def local_search(dist, demand, cap, a: np.ndarray) -> np.ndarray:
    current = cost(dist, a)
    while True:
        a = recentre(dist, improve_allocation(dist, demand, cap, a))
        value = cost(dist, a)
        if value >= current - 1e-9:
            return a
        current = value


def reference_allocation(dist, demand, cap, start: np.ndarray, rng: random.Random) -> np.ndarray:
    n = len(start)
    best = local_search(dist, demand, cap, start.copy())
    best_cost = cost(dist, best)
    order = np.argsort(-demand, kind="stable")
    for _ in range(ILS_ROUNDS):
        medians = [int(m) for m in np.unique(best)]
        out = rng.randrange(len(medians))
        candidates = [i for i in range(n) if i not in medians]
        medians[out] = rng.choice(candidates)
        trial = nearest_with_room(dist, demand, cap, medians, order)
        if trial is None:
            continue
        trial = local_search(dist, demand, cap, trial)
        value = cost(dist, trial)
        if value <= best_cost:
            best, best_cost = trial, value
    return best


def make_case(rng: random.Random, kind: str, n: int, p: int, tight: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    pts, dem = draw_points(rng, kind, n)
    cap = max(max(dem), int(sum(dem) / (tight * p)))
    dist, demand = distances(np.array(pts, dtype=np.int64)), np.array(dem, dtype=np.int64)
    order = np.argsort(-demand, kind="stable")
    if nearest_with_room(dist, demand, cap, list(range(p)), order) is None:
        return None
    start = nearest_with_room(dist, demand, cap, farthest_medians(dist, p), order)
    if start is None:
        return None
    baseline = cost(dist, start)
    reference = cost(dist, reference_allocation(dist, demand, cap, start, search_rng))
    if reference >= baseline:
        return None
    return {"n": n, "p": p, "capacity": cap, "points": pts, "demand": dem, "baseline": baseline,
            "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["p"]), float(params["tight"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
