"""Instances for algotune_polynomial_roots: random polynomials with independent standard-normal coefficients.

Such (Kac) polynomials of degree 208-240 have their roots near the unit circle, where they are well
conditioned: any correct method agrees with the reference far inside the checker's tolerance. A draw is
redrawn unless all roots lie in the annulus 1/4 <= |z| <= 4 and no two are closer than MIN_GAP, so no
instance hinges on a near-double root. One reference call takes about 20-35 ms of CPU time.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

DEGREES = (208, 224, 240)  # one group per degree
VARIANTS = 8  # timed instances per group (plus one untimed warm-up instance)
MIN_GAP = 1e-3


def _polynomial(rng: np.random.Generator, degree: int) -> np.ndarray:
    while True:
        coefficients = rng.standard_normal(degree + 1)
        roots = np.roots(coefficients)
        gaps = np.abs(roots[:, None] - roots[None, :]) + np.eye(degree)
        if np.all((np.abs(roots) >= 0.25) & (np.abs(roots) <= 4.0)) and gaps.min() >= MIN_GAP:
            return coefficients


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[{"coefficients": _polynomial(rng, d)} for _ in range(VARIANTS)] for d in DEGREES]
    warmup = [{"coefficients": _polynomial(rng, d)} for d in DEGREES]
    save_instances(out_dir, groups, warmup)
