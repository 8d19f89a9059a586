"""Instances for num_lstsq: tall full-column-rank systems A (m x n, m = aspect * n) and right-hand sides b.

params: cols (n, one group per value), aspect (m / n), rhs (columns of b; 1 means b is a vector) and kind:
- "gaussian": independent standard-normal entries (condition number about 1 + 2/sqrt(aspect));
- "illcond": A = G diag(s) V^T with G Gaussian, V orthogonal and s log-spaced from 1 to 1e-6 (condition
  number about 1e6-1e7: still full rank in float64, so the minimiser is unique);
- "correlated": AR(1) features, column j = 0.95 column j-1 + sqrt(1 - 0.95^2) noise (strongly
  correlated neighbours, condition number about 10);
- "chebyshev": polynomial regression, the Chebyshev basis T_0..T_{n-1} at m random points of [-1, 1].
b = A x_true + 0.1 * noise, so the optimal residual is nonzero. One reference call takes about 6-15 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
SMALLEST_SINGULAR = 1e-6
RHO = 0.95


def _matrix(rng: np.random.Generator, m: int, n: int, kind: str) -> np.ndarray:
    if kind == "gaussian":
        return rng.standard_normal((m, n))
    if kind == "illcond":
        v = np.linalg.qr(rng.standard_normal((n, n)))[0]
        return (rng.standard_normal((m, n)) * np.logspace(0.0, np.log10(SMALLEST_SINGULAR), n)) @ v.T
    if kind == "correlated":
        a = rng.standard_normal((m, n))
        for j in range(1, n):  # AR(1) along the columns: neighbouring features correlate by RHO
            a[:, j] = RHO * a[:, j - 1] + np.sqrt(1.0 - RHO**2) * a[:, j]
        return a
    if kind == "chebyshev":
        return np.polynomial.chebyshev.chebvander(rng.uniform(-1.0, 1.0, m), n - 1)
    raise ValueError(f"unknown kind {kind!r}")


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    m, rhs = round(float(params["aspect"]) * n), int(params["rhs"])
    a = _matrix(rng, m, n, params["kind"])
    b = a @ rng.standard_normal((n, rhs)) + 0.1 * rng.standard_normal((m, rhs))
    return {"A": a, "b": b[:, 0] if rhs == 1 else b}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["cols"]]
    warmup = [_problem(rng, int(n), params) for n in params["cols"]]
    save_instances(out_dir, groups, warmup)
