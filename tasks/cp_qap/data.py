"""Quadratic assignment test cases, each with a baseline and a strong reference cost.

Three families after QAPLIB's: uniform random flows and distances (Taillard's "a" instances), Manhattan
distances on a grid with sparse flows (Nugent-like), and Euclidean distances between random points with
clustered flows (heavy traffic inside groups of facilities). F and D are symmetric with zero diagonals;
labels are shuffled. cost(p) = sum over all ordered pairs (i, j) of F[i][j] * D[p_i][p_j]. Per case:
- `baseline`: greedy pairing, facilities by total flow (largest first) onto locations by total distance
  (smallest first), improved by best-improvement pair swaps (all swap costs at once from matrix products;
  ties to the first pair) to a local optimum. Plain swap descent lands within a few per cent of the best
  known costs while a greedy or random assignment is far worse, so a baseline without the descent would
  leave almost nothing of the 0..100 scale to anything smarter;
- `reference`: iterated local search from the baseline, a fixed number of rounds of six random swaps
  and descent again, keeping the result unless it costs more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np

# (kind, n)
SHAPES = (
    ("uniform", 12), ("grid", 16), ("clustered", 20), ("uniform", 25), ("grid", 30), ("clustered", 35),
    ("uniform", 40), ("grid", 42), ("clustered", 50), ("uniform", 60), ("grid", 64), ("clustered", 60),
)
ILS_ROUNDS = 300
KICK = 6


def symmetric(rng: random.Random, n: int, draw) -> list[list[int]]:
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j] = m[j][i] = draw(i, j)
    return m


def draw_instance(rng: random.Random, kind: str, n: int) -> tuple[list[list[int]], list[list[int]]]:
    if kind == "uniform":
        flow = symmetric(rng, n, lambda i, j: rng.randint(0, 99))
        dist = symmetric(rng, n, lambda i, j: rng.randint(1, 99))
    elif kind == "grid":
        cols = max(c for c in range(1, n + 1) if n % c == 0 and c * c <= n)
        cells = [(k // cols, k % cols) for k in range(n)]
        dist = symmetric(rng, n, lambda i, j: abs(cells[i][0] - cells[j][0]) + abs(cells[i][1] - cells[j][1]))
        flow = symmetric(rng, n, lambda i, j: rng.randint(1, 10) if rng.random() < 0.35 else 0)
    else:
        pts = [(rng.random(), rng.random()) for _ in range(n)]
        dist = symmetric(rng, n, lambda i, j: max(1, round(70 * math.dist(pts[i], pts[j]))))
        group = [rng.randrange(max(2, n // 8)) for _ in range(n)]
        flow = symmetric(rng, n, lambda i, j: rng.randint(20, 99) if group[i] == group[j] else rng.randint(0, 5))
    order = list(range(n))
    rng.shuffle(order)
    flow = [[flow[order[i]][order[j]] for j in range(n)] for i in range(n)]
    rng.shuffle(order)
    dist = [[dist[order[i]][order[j]] for j in range(n)] for i in range(n)]
    return flow, dist


def cost(flow: np.ndarray, dist: np.ndarray, perm: np.ndarray) -> int:
    return int((flow * dist[np.ix_(perm, perm)]).sum())


def swap_deltas(flow: np.ndarray, dist: np.ndarray, perm: np.ndarray) -> np.ndarray:
    """delta[r, s]: change of the cost if facilities r and s trade locations (symmetric, zero diagonals).

    With P = D[p][:, p] and M = F P, delta = 2 (M[r,s] + M[s,r] - M[r,r] - M[s,s] + 2 F[r,s] P[r,s])."""
    placed = dist[np.ix_(perm, perm)]
    m = flow @ placed
    diag = np.diag(m)
    return 2 * (m + m.T - diag[:, None] - diag[None, :] + 2 * flow * placed)


def descend(flow: np.ndarray, dist: np.ndarray, perm: np.ndarray) -> np.ndarray:
    while True:
        delta = swap_deltas(flow, dist, perm)
        r, s = divmod(int(np.argmin(delta)), len(perm))
        if delta[r, s] >= 0:
            return perm
        perm[r], perm[s] = perm[s], perm[r]


def reference_perm(flow: np.ndarray, dist: np.ndarray, start: np.ndarray, rng: random.Random) -> np.ndarray:
    n = len(start)
    best = start.copy()
    best_cost = cost(flow, dist, best)
    for _ in range(ILS_ROUNDS):
        trial = best.copy()
        for _ in range(KICK):
            r, s = rng.sample(range(n), 2)
            trial[r], trial[s] = trial[s], trial[r]
        trial = descend(flow, dist, trial)
        trial_cost = cost(flow, dist, trial)
        if trial_cost <= best_cost:
            best, best_cost = trial, trial_cost
    return best


def make_case(rng: random.Random, kind: str, n: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    flow, dist = draw_instance(rng, kind, n)
    f, d = np.array(flow, dtype=np.int64), np.array(dist, dtype=np.int64)
    facilities = sorted(range(n), key=lambda i: (-sum(flow[i]), i))
    locations = sorted(range(n), key=lambda k: (sum(dist[k]), k))
    start = np.zeros(n, dtype=np.int64)
    start[facilities] = locations
    start = descend(f, d, start)
    baseline = cost(f, d, start)
    reference = cost(f, d, reference_perm(f, d, start, search_rng))
    if reference >= baseline:
        return None
    return {"n": n, "flow": flow, "dist": dist, "baseline": baseline, "reference": reference}


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
