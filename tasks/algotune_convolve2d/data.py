"""Instances for algotune_convolve2d: groups of same-sized (a, b) pairs of standard-normal matrices."""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

SIZES = ((48, 12), (64, 16), (80, 10), (96, 8))  # (side of a, side of b) per group
VARIANTS = 5


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[{"a": rng.standard_normal((n, n)), "b": rng.standard_normal((k, k))} for _ in range(VARIANTS)]
              for n, k in SIZES]
    save_instances(out_dir, groups)
