"""Instances for algotune_convolve2d: groups of same-sized (a, b) pairs of standard-normal matrices.

The sizes make one direct (reference) convolution cost about 11-12 million multiply-adds, 25-40 ms of CPU
time on the development machine, so the call is dominated by the arithmetic, not by passing the arrays.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

SIZES = ((96, 36), (128, 26), (160, 22))  # (side of a, side of b) per group
VARIANTS = 8  # timed instances per group (plus one untimed warm-up instance)


def _pair(rng: np.random.Generator, n: int, k: int) -> dict[str, np.ndarray]:
    return {"a": rng.standard_normal((n, n)), "b": rng.standard_normal((k, k))}


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_pair(rng, n, k) for _ in range(VARIANTS)] for n, k in SIZES]
    warmup = [_pair(rng, n, k) for n, k in SIZES]
    save_instances(out_dir, groups, warmup)
