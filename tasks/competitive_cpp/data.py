"""Deterministic multidimensional-knapsack cases, each with its LP-relaxation bound.

The LP optimum bounds every feasible 0/1 selection from above, so `100 * value / bound` is a judge score
in [0, 100] needing no reference solver. Values correlate with weights (the hard OR-Library style).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
from scipy.optimize import linprog

SHAPES = ((60, 5), (80, 5), (100, 10), (120, 5), (150, 10))  # (items, dimensions)


def make_case(rng: random.Random, n: int, m: int) -> dict:
    weights = [[rng.randint(1, 1000) for _ in range(n)] for _ in range(m)]
    tightness = rng.choice((0.25, 0.5, 0.75))
    capacity = [int(tightness * sum(row)) for row in weights]
    values = [sum(weights[d][i] for d in range(m)) // m + rng.randint(1, 500) for i in range(n)]
    return {"values": values, "weights": weights, "capacity": capacity}


def lp_bound(case: dict) -> float:
    """max v·x s.t. W x <= c, 0 <= x <= 1, solved exactly with HiGHS."""
    res = linprog(-np.asarray(case["values"], float), A_ub=np.asarray(case["weights"], float),
                  b_ub=np.asarray(case["capacity"], float), bounds=(0, 1), method="highs")
    if res.status != 0:
        raise RuntimeError(f"LP bound failed: {res.message}")
    return float(-res.fun)


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = [make_case(rng, n, m) for n, m in SHAPES]
    for case in cases:
        case["bound"] = lp_bound(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
