"""Longest simple path test cases, each with a baseline and a strong reference path weight.

A case is a connected graph of the member's kind (random, geometric, grid, scale-free; family cp_longpath
params `kind`, `n`, `degree`) with edge weights 1..`wmax` (1: the unweighted longest path); the cases of a
member grow from 0.6 n to n vertices. A path is a sequence of distinct vertices, consecutive ones adjacent;
its weight is the sum of the weights of its edges. Per case:
- `baseline`: the greedy walk a first attempt writes: from the vertex of largest weighted degree (ties by
  label), step along the heaviest edge to an unvisited neighbour (ties by label) until stuck;
- `reference`: a fixed number of randomized walks (Warnsdorff's rule: step to the unvisited neighbour with
  the fewest unvisited neighbours, ties broken by weight and at random), each grown at both ends and then
  improved by inserting unvisited vertices between consecutive path vertices while that adds weight; the
  heaviest path.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from itertools import pairwise
from pathlib import Path

from eft.judge.graphs import base_graph

WALKS = 120


def greedy_walk(adj: list[dict[int, int]]) -> int:
    start = min(range(len(adj)), key=lambda v: (-sum(adj[v].values()), v))
    seen, v, total = {start}, start, 0
    while True:
        options = [u for u in adj[v] if u not in seen]
        if not options:
            return total
        u = min(options, key=lambda x: (-adj[v][x], x))
        total += adj[v][u]
        seen.add(u)
        v = u


def warnsdorff(adj: list[dict[int, int]], rng: random.Random) -> list[int]:
    """A path grown at its tail, then at its head, by Warnsdorff's rule with random tie-breaking."""
    start = rng.randrange(len(adj))
    path, seen = [start], {start}
    for _ in range(2):
        v = path[-1]
        while True:
            options = [u for u in adj[v] if u not in seen]
            if not options:
                break
            v = min(options, key=lambda x: (sum(1 for y in adj[x] if y not in seen), -adj[path[-1]][x], rng.random()))
            path.append(v)
            seen.add(v)
        path.reverse()
    return path


def insert_vertices(adj: list[dict[int, int]], path: list[int]) -> list[int]:
    """Put an unvisited vertex x between consecutive a, b (or past an end) while that adds weight."""
    seen = set(path)
    improved = True
    while improved:
        improved = False
        for i in range(len(path) - 1):
            a, b = path[i], path[i + 1]
            best, gain = None, 0
            for x in adj[a]:
                if x not in seen and b in adj[x] and adj[a][x] + adj[x][b] - adj[a][b] > gain:
                    best, gain = x, adj[a][x] + adj[x][b] - adj[a][b]
            if best is not None:
                path.insert(i + 1, best)
                seen.add(best)
                improved = True
                break
        for end in (0, -1):
            options = [x for x in adj[path[end]] if x not in seen]
            if options:
                x = max(options, key=lambda u: (adj[path[end]][u], -u))
                if end == 0:
                    path.insert(0, x)
                else:
                    path.append(x)
                seen.add(x)
                improved = True
    return path


def path_weight(adj: list[dict[int, int]], path: list[int]) -> int:
    return sum(adj[a][b] for a, b in pairwise(path))


def make_case(rng: random.Random, kind: str, n: int, degree: float, wmax: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    edges = [[u, v, rng.randint(1, wmax)] for u, v in base_graph(rng, kind, n, degree)]
    adj: list[dict[int, int]] = [{} for _ in range(n)]
    for u, v, w in edges:
        adj[u][v] = adj[v][u] = w
    baseline = greedy_walk(adj)
    reference = max(path_weight(adj, insert_vertices(adj, warnsdorff(adj, search_rng))) for _ in range(WALKS))
    if reference <= baseline:
        return None
    return {"n": n, "edges": edges, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count, top = int(params["cases"]), int(params["n"])
    cases = []
    for index in range(count):
        n = round(top * (0.6 + 0.4 * index / max(1, count - 1)))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), int(params["wmax"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
