"""Instances for num_knn: point clouds in the unit cube and queries drawn from the same distribution.

params: d (dimension), k, m (queries per instance), sizes (number of points n, one group per size), kind:
"uniform" (independent uniform points) or "clustered" (a mixture of 12 Gaussian blobs of width 0.04
centred in the cube: dense regions, where neighbours are near-ties, and empty ones). Coordinates are
distinct floats, so exact ties (which would make "the" k nearest ambiguous) have probability 0; near-ties
are harmless because the judge compares distances, not indices. One reference call takes about 20-60 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
BLOBS = 12
BLOB_WIDTH = 0.04


def _cloud(rng: np.random.Generator, count: int, centres: np.ndarray) -> np.ndarray:
    picks = rng.integers(0, len(centres), count)
    return centres[picks] + BLOB_WIDTH * rng.standard_normal((count, centres.shape[1]))


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    d, m, k = int(params["d"]), int(params["m"]), int(params["k"])
    if params["kind"] == "uniform":
        points, queries = rng.random((n, d)), rng.random((m, d))
    else:
        centres = rng.random((BLOBS, d))
        points, queries = _cloud(rng, n, centres), _cloud(rng, m, centres)
    return {"points": points, "queries": queries, "k": np.int64(k)}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
