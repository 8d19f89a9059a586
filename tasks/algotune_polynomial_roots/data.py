"""Instances for algotune_polynomial_roots: monic polynomials with known, well-separated real roots.

Roots are drawn uniformly in [-1, 1] and redrawn until no two are closer than MIN_GAP, so the problem is
well conditioned enough for any correct method to agree with the reference within the checker tolerance.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

DEGREES = (8, 12, 16, 20)  # one group per degree
VARIANTS = 5
MIN_GAP = 0.03


def _separated_roots(rng: np.random.Generator, degree: int) -> np.ndarray:
    while True:
        roots = np.sort(rng.uniform(-1.0, 1.0, degree))
        if np.min(np.diff(roots)) >= MIN_GAP:
            return roots


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[{"coefficients": np.poly(_separated_roots(rng, degree))} for _ in range(VARIANTS)]
              for degree in DEGREES]
    save_instances(out_dir, groups)
