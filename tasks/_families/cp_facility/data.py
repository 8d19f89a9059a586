"""Uncapacitated facility location test cases, each with a baseline and a strong reference cost.

A case has m candidate facilities with opening costs f_i and n customers with assignment costs c_ij
(family cp_facility params `kind`, `m`, `n`, `open`); the cases of a member grow from 0.6 to 1 times the
member's m and n. Kinds: `euclid` (points in a square, c = demand * distance), `uniform` (c uniform
0..1000, not metric), `kg` (c uniform 1000..2000, the hard Koerkel-Ghosh kind), and graph kinds (geometric,
grid, or any other kind of base_graph: a connected graph of n vertices with edge lengths 1..20, facilities
at m random vertices, every vertex a customer, c = demand * shortest-path length). Demands are 1..10.
Opening costs are `open` * U(0.5, 1.5) * (mean assignment cost): the smaller `open`, the more facilities
an optimum opens (greedy is weakest when many are open).
cost(S) = sum of f_i over S + sum over customers of min over S of c_ij. Per case:
- `baseline`: greedy add, the facility that lowers the cost most, from the empty set while that helps;
- `reference`: best-improvement local search from the baseline over opening, closing and swapping one
  facility, then iterated local search: a fixed number of rounds of flipping three random facilities plus
  descent, keeping a round unless it costs more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import heapq
import json
import math
import random
from pathlib import Path

import numpy as np

from eft.judge.graphs import base_graph

ILS_ROUNDS = 80
KICK = 3
GRAPH_DEGREE = 5


def shortest_paths(n: int, edges: list[tuple[int, int, int]], sources: list[int]) -> list[list[int]]:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, length in edges:
        adj[u].append((v, length))
        adj[v].append((u, length))
    rows = []
    for s in sources:
        dist = [math.inf] * n
        dist[s] = 0
        heap = [(0, s)]
        while heap:
            d, v = heapq.heappop(heap)
            if d > dist[v]:
                continue
            for u, length in adj[v]:
                if d + length < dist[u]:
                    dist[u] = d + length
                    heapq.heappush(heap, (dist[u], u))
        rows.append([int(x) for x in dist])
    return rows


def draw_costs(rng: random.Random, kind: str, m: int, n: int, opening: float) -> tuple[list[int], list[list[int]]]:
    demand = [rng.randint(1, 10) for _ in range(n)]
    if kind == "uniform":
        cost = [[rng.randint(0, 1000) for _ in range(n)] for _ in range(m)]
    elif kind == "kg":
        cost = [[rng.randint(1000, 2000) for _ in range(n)] for _ in range(m)]
    elif kind == "euclid":
        sites = [(rng.random(), rng.random()) for _ in range(m)]
        customers = [(rng.random(), rng.random()) for _ in range(n)]
        cost = [[round(100 * demand[j] * math.dist(s, customers[j])) for j in range(n)] for s in sites]
    else:
        edges = [(u, v, rng.randint(1, 20)) for u, v in base_graph(rng, kind, n, GRAPH_DEGREE)]
        sites = rng.sample(range(n), m)
        cost = [[demand[j] * d for j, d in enumerate(row)] for row in shortest_paths(n, edges, sites)]
    mean = sum(map(sum, cost)) / (m * n)
    return [round(opening * rng.uniform(0.5, 1.5) * mean) for _ in range(m)], cost


def total_cost(f: np.ndarray, c: np.ndarray, open_: np.ndarray) -> int:
    return int(f[open_].sum() + c[open_].min(axis=0).sum())


def greedy(f: np.ndarray, c: np.ndarray) -> np.ndarray:
    is_open = np.zeros(len(f), dtype=bool)
    first = int(np.argmin(f + c.sum(axis=1)))
    is_open[first] = True
    best = c[first].copy()
    while True:
        delta = f + np.minimum(c - best, 0).sum(axis=1)
        delta[is_open] = 0
        i = int(np.argmin(delta))
        if delta[i] >= 0:
            return is_open
        is_open[i] = True
        best = np.minimum(best, c[i])


def descend(f: np.ndarray, c: np.ndarray, is_open: np.ndarray) -> np.ndarray:
    """Best-improvement open / close / swap moves until none lowers the cost (float: exact for these sums)."""
    is_open = is_open.copy()
    f, c = f.astype(float), c.astype(float)
    while True:
        opened = np.flatnonzero(is_open)
        costs = c[opened]
        rank = np.argsort(costs, axis=0, kind="stable")
        first = costs[rank[0], np.arange(c.shape[1])]
        second = costs[rank[1], np.arange(c.shape[1])] if len(opened) > 1 else np.full(c.shape[1], np.inf)
        owner = opened[rank[0]]
        moves = []  # (delta, opened facility or -1, closed facility or -1)
        add = f + np.minimum(c - first, 0).sum(axis=1)
        add[is_open] = np.inf
        i = int(np.argmin(add))
        moves.append((add[i], -1, i))
        for out in opened:
            fallback = np.where(owner == out, second, first)
            if len(opened) > 1:
                moves.append((-f[out] + (fallback - first).sum(), int(out), -1))
            swap = f - f[out] + (np.minimum(c, fallback) - first).sum(axis=1)
            swap[is_open] = np.inf
            k = int(np.argmin(swap))
            moves.append((swap[k], int(out), k))
        delta, out, into = min(moves, key=lambda move: move[0])
        if delta > -0.5:
            return is_open
        if out >= 0:
            is_open[out] = False
        if into >= 0:
            is_open[into] = True


def make_case(rng: random.Random, kind: str, m: int, n: int, opening: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    opening_cost, cost = draw_costs(rng, kind, m, n, opening)
    f, c = np.array(opening_cost, dtype=np.int64), np.array(cost, dtype=np.int64)
    start = greedy(f, c)
    baseline = total_cost(f, c, start)
    best = descend(f, c, start)
    best_cost = total_cost(f, c, best)
    for _ in range(ILS_ROUNDS):
        trial = best.copy()
        for i in search_rng.sample(range(m), KICK):
            trial[i] = not trial[i]
        if not trial.any():
            continue
        trial = descend(f, c, trial)
        trial_cost = total_cost(f, c, trial)
        if trial_cost <= best_cost:
            best, best_cost = trial, trial_cost
    if best_cost >= baseline:
        return None
    return {"m": m, "n": n, "open": opening_cost, "cost": cost, "baseline": baseline, "reference": best_cost}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count = int(params["cases"])
    cases = []
    for index in range(count):
        scale = 0.6 + 0.4 * index / max(1, count - 1)
        m, n = round(int(params["m"]) * scale), round(int(params["n"]) * scale)
        case = None
        while case is None:
            case = make_case(rng, params["kind"], m, n, float(params["open"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
