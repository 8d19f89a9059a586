"""Instances for algotune_psd_cone_projection: random symmetric matrices A = (G + G^T) / 2, G standard normal.

Such a matrix has about as many negative as positive eigenvalues, so the projection changes half its
spectrum. A draw is redrawn if two eigenvalues are closer than MIN_GAP times the spectral norm (a nearly
repeated eigenvalue makes the general eigen-solver's eigenvectors lose orthogonality); the projection
itself is unique and well conditioned for any symmetric matrix. One reference call takes about 20-50 ms of CPU time.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

SIZES = (208, 232, 256)  # n of the n x n matrices, one group per size
VARIANTS = 8  # timed instances per group (plus one untimed warm-up instance)
MIN_GAP = 1e-6


def _matrix(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    while True:
        g = rng.standard_normal((n, n))
        a = (g + g.T) / 2
        eigenvalues = np.linalg.eigvalsh(a)
        if np.min(np.diff(eigenvalues)) >= MIN_GAP * np.max(np.abs(eigenvalues)):
            return {"A": a}


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_matrix(rng, n) for _ in range(VARIANTS)] for n in SIZES]
    warmup = [_matrix(rng, n) for n in SIZES]
    save_instances(out_dir, groups, warmup)
