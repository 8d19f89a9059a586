"""Instances for num_symeig: symmetric n x n matrices of one structure per member (params `kind`).

params: sizes (n, one group per value), kind, bandwidth (for "banded"):
- "wigner": (G + G^T) / 2, G standard normal (semicircle spectrum);
- "wishart": G G^T / m with G n x 2n standard normal (positive definite, Marchenko-Pastur spectrum);
- "banded": a Wigner matrix with every entry farther than `bandwidth` from the diagonal set to 0;
- "tridiagonal": the same with bandwidth 1 (a random Jacobi matrix);
- "laplacian": the weighted Laplacian of a random geometric graph (n points in the unit square, edges
  shorter than sqrt(12 / (pi n)), about 12 neighbours each, weight 1 / length): sparse, singular;
- "lowrank": U U^T / 10 with U n x 10 standard normal, plus a diagonal of size 1e-3 (ten large
  eigenvalues, the rest in a tight cluster);
- "clustered": Q diag(c) Q^T with Q a random orthogonal matrix and c drawn from {1, 2, 5} plus 1e-6 noise
  (three clusters of near-multiple eigenvalues).
Eigenvalues of a symmetric matrix are perfectly conditioned (Weyl), so clusters and multiplicities do not
make the answer ambiguous. One reference call takes about 10-40 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)


def _wigner(rng: np.random.Generator, n: int) -> np.ndarray:
    g = rng.standard_normal((n, n))
    return (g + g.T) / 2


def _matrix(rng: np.random.Generator, n: int, params: dict) -> np.ndarray:
    kind = params["kind"]
    if kind == "wigner":
        return _wigner(rng, n)
    if kind == "wishart":
        g = rng.standard_normal((n, 2 * n))
        return g @ g.T / (2 * n)
    if kind in ("banded", "tridiagonal"):
        width = 1 if kind == "tridiagonal" else int(params["bandwidth"])
        offsets = np.abs(np.subtract.outer(np.arange(n), np.arange(n)))
        return np.where(offsets <= width, _wigner(rng, n), 0.0)
    if kind == "laplacian":
        points = rng.random((n, 2))
        lengths = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
        weights = np.where((lengths < np.sqrt(12.0 / (np.pi * n))) & (lengths > 0), 1.0 / np.maximum(lengths, 1e-12), 0.0)
        return np.diag(weights.sum(axis=1)) - weights
    if kind == "lowrank":
        u = rng.standard_normal((n, 10))
        return u @ u.T / 10 + np.diag(1e-3 * rng.random(n))
    if kind == "clustered":
        q = np.linalg.qr(rng.standard_normal((n, n)))[0]
        c = rng.choice([1.0, 2.0, 5.0], n) + 1e-6 * rng.standard_normal(n)
        a = (q * c) @ q.T
        return (a + a.T) / 2
    raise ValueError(f"unknown kind {kind!r}")


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[{"A": _matrix(rng, int(n), params)} for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [{"A": _matrix(rng, int(n), params)} for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
