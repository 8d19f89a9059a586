"""Test cases for ahc039_purse_seine: `case_NN.txt`, each the exact stdin of one case.

N = 5000 mackerel and N sardines on the square [0, 100000]^2, all 2N points distinct (as in AHC039).
Mackerel swim in a few tight, elongated shoals; sardines in fewer, wider shoals plus a uniform background,
so a good net must follow a shoal's outline around the sardines mixed into it: one rectangle leaves much
on the table, which is what makes polygons (and the perimeter and vertex budgets) matter.
"""
from __future__ import annotations

import random
from pathlib import Path

CASES = 25
N = 5000
SIDE = 100_000
# (shoals, per-axis standard deviation range, share drawn uniformly over the square)
MACKEREL = ((4, 9), (1500.0, 7000.0), 0.02)
SARDINES = ((3, 7), (5000.0, 16000.0), 0.35)


def school(rng: random.Random, spec: tuple, taken: set) -> list[tuple[int, int]]:
    """N distinct points not already in `taken` (which they are added to), drawn from `spec`'s shoals."""
    (low, high), (sd_low, sd_high), uniform = spec
    shoals = [(rng.uniform(8000, SIDE - 8000), rng.uniform(8000, SIDE - 8000),
               rng.uniform(sd_low, sd_high), rng.uniform(sd_low, sd_high)) for _ in range(rng.randint(low, high))]
    weights = [rng.uniform(0.5, 2.0) for _ in shoals]
    points: list[tuple[int, int]] = []
    while len(points) < N:
        if rng.random() < uniform:
            point = (rng.randint(0, SIDE), rng.randint(0, SIDE))
        else:
            cx, cy, sdx, sdy = rng.choices(shoals, weights)[0]
            point = (round(rng.gauss(cx, sdx)), round(rng.gauss(cy, sdy)))
        if 0 <= point[0] <= SIDE and 0 <= point[1] <= SIDE and point not in taken:
            taken.add(point)
            points.append(point)
    return points


def case_text(rng: random.Random) -> str:
    taken: set = set()
    mackerel = school(rng, MACKEREL, taken)
    sardines = school(rng, SARDINES, taken)
    return f"{N}\n" + "".join(f"{x} {y}\n" for x, y in mackerel + sardines)


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(CASES):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng), encoding="utf-8")
