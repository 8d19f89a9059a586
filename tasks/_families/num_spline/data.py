"""Instances for num_spline: batches of series (knots, values) and query points for cubic spline interpolation.

params: series (B, series per instance), sizes (knots per series, one group per value), queries (query
points per series), bc (boundary condition, one per task) and spacing of the knots on [0, L] (L uniform in
[1, 10] per series):
- "uniform": equally spaced;
- "random": independent gaps 0.3 + Exp(1), rescaled (largest/smallest gap up to ~25);
- "graded": geometric gaps, the last 100 times the first (a refined end, as near a boundary layer).
Values are a smooth random signal (three random sines) plus 5 % noise; queries are uniform on [0, L]
and include both ends exactly. Every tridiagonal slope system here is well conditioned, so any float64
method agrees with the reference to ~1e-13. One reference call takes about 20-50 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
GRADING = 100.0


def _knots(rng: np.random.Generator, count: int, n: int, spacing: str) -> np.ndarray:
    if spacing == "uniform":
        gaps = np.ones((count, n - 1))
    elif spacing == "random":
        gaps = 0.3 + rng.exponential(1.0, (count, n - 1))
    elif spacing == "graded":
        gaps = np.tile(GRADING ** np.linspace(0.0, 1.0, n - 1), (count, 1))
    else:
        raise ValueError(f"unknown spacing {spacing!r}")
    length = rng.uniform(1.0, 10.0, (count, 1))
    x = np.concatenate([np.zeros((count, 1)), np.cumsum(gaps, axis=1)], axis=1)
    return x / x[:, -1:] * length


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    count, q = int(params["series"]), int(params["queries"])
    x = _knots(rng, count, n, params["spacing"])
    frequency, phase = rng.uniform(0.2, 3.0, (count, 1, 3)), rng.uniform(0.0, 2 * np.pi, (count, 1, 3))
    y = np.sin(frequency * x[:, :, None] + phase).sum(axis=2) + 0.05 * rng.standard_normal((count, n))
    queries = rng.random((count, q)) * x[:, -1:]
    queries[:, 0], queries[:, 1] = 0.0, x[:, -1]
    return {"x": x, "y": y, "queries": queries, "bc": np.str_(params["bc"])}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
