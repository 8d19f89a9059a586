"""Deterministic test cases for the delivery-route problem, with each case's MST length as the bound.

The MST of the cities is a lower bound on any closed tour, so `mst / tour` is a score in (0, 1] that needs
no reference solver. Cities come in a few Gaussian clusters plus uniform noise, like AHC generators.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

SIZES = (120, 160, 200, 240, 300)
SIDE = 1000


def make_case(rng: random.Random, n: int) -> list[list[int]]:
    centres = [(rng.uniform(100, 900), rng.uniform(100, 900)) for _ in range(rng.randint(3, 7))]
    points = []
    while len(points) < n:
        if rng.random() < 0.3:
            x, y = rng.uniform(0, SIDE), rng.uniform(0, SIDE)
        else:
            cx, cy = rng.choice(centres)
            x, y = rng.gauss(cx, 90), rng.gauss(cy, 90)
        point = [min(SIDE, max(0, round(x))), min(SIDE, max(0, round(y)))]
        if point not in points:
            points.append(point)
    return points


def mst_length(points: list[list[int]]) -> float:
    """Prim's algorithm on the complete Euclidean graph, O(n^2)."""
    n = len(points)
    best = [math.inf] * n
    used = [False] * n
    best[0], total = 0.0, 0.0
    for _ in range(n):
        u = min((i for i in range(n) if not used[i]), key=best.__getitem__)
        used[u] = True
        total += best[u]
        ux, uy = points[u]
        for v in range(n):
            if not used[v]:
                d = math.hypot(ux - points[v][0], uy - points[v][1])
                if d < best[v]:
                    best[v] = d
    return total


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for n in SIZES:
        points = make_case(rng, n)
        cases.append({"points": points, "mst": mst_length(points)})
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
