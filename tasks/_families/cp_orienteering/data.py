"""Orienteering test cases (max prize on a closed tour under a length budget), each with a baseline and a
strong reference prize.

Nodes 1..n at integer coordinates in 0..1000 with integer prizes, the depot (node 0) in the middle of the
square. Layouts: `uniform` or `clustered` (points around a few centres). Prizes after Fischetti, Salazar and
Toth's generations: `random` (1..100), `far` (1 + 99 * distance to the depot / largest such distance: the
prizes lie far out) and `unit` (every prize 1: the most nodes wins). The budget L is `budget` (a member
parameter, 0 < budget < 1) times the length of the nearest-neighbour tour through every node, rounded down.
Per case:
- `baseline`: ratio greedy, from the current node go to the unvisited node of largest prize / distance
  from which the depot can still be reached within L (ties to the lower index), until none qualifies;
- `reference`: ratio insertion (insert the node and slot of largest prize / added length, or prize^2 / added
  length, that keeps the tour within L; 2-opt the tour to a local optimum and insert again until nothing
  fits; the better of the two ratios), then drop-and-refill: remove one visited node, 2-opt, insert again,
  kept when the prize grows, one sweep over the visited nodes.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import itertools
import json
import math
import random
from pathlib import Path

import numpy as np

SIDE = 1000
EPS = 1e-9
POWERS = (1.0, 2.0)  # prize exponents of the insertion ratio
DROP_ROUNDS = 1


def draw_instance(rng: random.Random, layout: str, prizes: str, n: int, budget: float) -> dict:
    if layout == "clustered":
        seeds = [(rng.uniform(100, 900), rng.uniform(100, 900)) for _ in range(rng.randint(3, 6))]
        pts: list[tuple[int, int]] = []
        while len(pts) < n:
            sx, sy = rng.choice(seeds)
            x, y = round(rng.gauss(sx, 70)), round(rng.gauss(sy, 70))
            if 0 <= x <= SIDE and 0 <= y <= SIDE:
                pts.append((x, y))
    else:
        pts = [(rng.randint(0, SIDE), rng.randint(0, SIDE)) for _ in range(n)]
    depot = (SIDE // 2, SIDE // 2)
    far = [math.hypot(x - depot[0], y - depot[1]) for x, y in pts]
    if prizes == "far":
        prize = [1 + int(99 * f / max(far)) for f in far]
    elif prizes == "unit":
        prize = [1] * n
    else:
        prize = [rng.randint(1, 100) for _ in range(n)]
    nodes = [depot] + pts
    d = distance_matrix(nodes)
    at, left, full = 0, set(range(1, n + 1)), 0.0
    while left:
        j = min(left, key=lambda k: (d[at][k], k))
        full += d[at][j]
        left.discard(j)
        at = j
    full += d[at][0]
    return {"n": n, "budget": int(budget * full), "depot": list(depot),
            "nodes": [[x, y, p] for (x, y), p in zip(pts, prize)]}


def distance_matrix(nodes: list) -> np.ndarray:
    xy = np.array([p[:2] for p in nodes], dtype=np.float64)
    return np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])


def tour_length(d: np.ndarray, tour: list[int]) -> float:
    path = [0] + tour + [0]
    return float(sum(d[a, b] for a, b in itertools.pairwise(path)))


def ratio_greedy(d: np.ndarray, prize: list[int], budget: int) -> list[int]:
    n = len(prize) - 1
    at, used, tour, left = 0, 0.0, [], set(range(1, n + 1))
    while True:
        options = [j for j in left if used + d[at, j] + d[j, 0] <= budget + EPS]
        if not options:
            return tour
        j = max(options, key=lambda k: (prize[k] / max(d[at, k], EPS), -k))
        used += d[at, j]
        tour.append(j)
        left.discard(j)
        at = j


def two_opt(d: np.ndarray, tour: list[int]) -> list[int]:
    """Best-improvement 2-opt (all reversal gains at once) until no reversal shortens the tour."""
    path = np.array([0] + tour + [0])
    while len(path) > 3:
        a, b = path[:-2], path[1:-1]  # edge i is (path[i], path[i + 1]) for i < len - 2
        c, e = path[1:-1], path[2:]
        gain = d[a, b][:, None] + d[c, e][None, :] - d[np.ix_(a, c)] - d[np.ix_(b, e)]
        gain = np.triu(gain, 1)
        i, j = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if gain[i, j] <= EPS:
            break
        path[i + 1:j + 2] = path[i + 1:j + 2][::-1].copy()
    return [int(v) for v in path[1:-1]]


def insertion(d: np.ndarray, prize: list[int], budget: int, tour: list[int], power: float) -> list[int]:
    """Insert the node and slot of largest prize**power / added length that fits, 2-opt, repeat."""
    n = len(prize) - 1
    gain = np.array(prize, dtype=np.float64) ** power
    while True:
        length = tour_length(d, tour)
        inserted = False
        while True:
            path = np.array([0] + tour + [0])
            free = np.setdiff1d(np.arange(1, n + 1), path)
            if free.size == 0:
                break
            a, b = path[:-1], path[1:]
            add = d[np.ix_(a, free)] + d[np.ix_(free, b)].T - d[a, b][:, None]
            ratio = np.where(length + add <= budget + EPS, gain[free][None, :] / np.maximum(add, EPS), -1.0)
            slot, col = np.unravel_index(int(np.argmax(ratio)), ratio.shape)
            if ratio[slot, col] < 0:
                break
            tour.insert(int(slot), int(free[col]))
            length += float(add[slot, col])
            inserted = True
        if not inserted:
            return tour
        tour = two_opt(d, tour)


def reference_tour(d: np.ndarray, prize: list[int], budget: int) -> list[int]:
    """Best ratio insertion over the prize powers, then drop-and-refill: take out one visited node (each in
    turn) and insert again from the shortened tour, DROP_ROUNDS sweeps; keep it if the prize grows."""
    def value(t: list[int]) -> tuple[int, float]:
        return sum(prize[j] for j in t), -tour_length(d, t)

    best = max((insertion(d, prize, budget, [], power) for power in POWERS), key=value)
    for _ in range(DROP_ROUNDS):
        changed = False
        for v in list(best):
            if v not in best:
                continue
            trial = insertion(d, prize, budget, two_opt(d, [u for u in best if u != v]), 1.0)
            if value(trial) > value(best):
                best, changed = trial, True
        if not changed:
            break
    return best


def make_case(rng: random.Random, params: dict) -> dict | None:
    case = draw_instance(rng, params["layout"], params["prizes"], int(params["n"]), float(params["budget"]))
    d = distance_matrix([case["depot"]] + case["nodes"])
    prize = [0] + [p[2] for p in case["nodes"]]
    case["baseline"] = sum(prize[j] for j in ratio_greedy(d, prize, case["budget"]))
    case["reference"] = sum(prize[j] for j in reference_tour(d, prize, case["budget"]))
    return case if case["reference"] > case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
