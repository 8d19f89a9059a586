"""Instances for num_linsys: nonsingular n x n systems A x = b of one structure per task, stored dense.

params: sizes (n, one group per value), rhs (columns of b; 1 means b is a vector), width (the structure's
size parameter where it has one) and kind:
- "general": independent standard-normal entries (condition number ~n; a draw above 1e5 is redrawn);
- "spd": G G^T / n + 0.1 I with G n x n standard normal (symmetric positive definite, condition ~10^3);
- "banded": nonzeros only within `width` of the diagonal, normal entries, diagonal 2 * width + 2
  (diagonally dominant); "tridiagonal" is the same with width 1;
- "toeplitz": constant diagonals, a_{i-j} = 0.7^|i-j| * N(0, 1) for i != j and 3 on the diagonal;
- "blockdiag": independent diagonal blocks of size `width` (the last one smaller), each normal plus
  sqrt(width) I;
- "lowrank": I + U V^T with U, V n x `width`, entries N(0, 1 / n) (a low-rank update of the identity).
b is standard normal. Every matrix here has condition number below 1e5, so a backward-stable solution
is accurate to ~1e-11. One reference call takes about 8-15 ms.
"""
from pathlib import Path

import numpy as np
from scipy.linalg import toeplitz

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
MAX_CONDITION = 1e5


def _matrix(rng: np.random.Generator, n: int, kind: str, width: int) -> np.ndarray:
    if kind == "general":
        while True:  # a Gaussian matrix's condition number has a heavy tail; redraw the rare near-singular one
            a = rng.standard_normal((n, n))
            if np.linalg.cond(a) < MAX_CONDITION:
                return a
    if kind == "spd":
        g = rng.standard_normal((n, n))
        return g @ g.T / n + 0.1 * np.eye(n)
    if kind in ("banded", "tridiagonal"):
        width = 1 if kind == "tridiagonal" else width
        offsets = np.abs(np.subtract.outer(np.arange(n), np.arange(n)))
        return np.where(offsets <= width, rng.standard_normal((n, n)), 0.0) + (2 * width + 2) * np.eye(n)
    if kind == "toeplitz":
        decay = 0.7 ** np.arange(n)
        column, row = decay * rng.standard_normal(n), decay * rng.standard_normal(n)
        column[0] = row[0] = 3.0
        return toeplitz(column, row)
    if kind == "blockdiag":
        a = np.zeros((n, n))
        for start in range(0, n, width):
            size = min(width, n - start)
            a[start:start + size, start:start + size] = rng.standard_normal((size, size)) + np.sqrt(size) * np.eye(size)
        return a
    if kind == "lowrank":
        return np.eye(n) + rng.standard_normal((n, width)) @ rng.standard_normal((width, n)) / n
    raise ValueError(f"unknown kind {kind!r}")


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    rhs = int(params["rhs"])
    a = _matrix(rng, n, params["kind"], int(params["width"]))
    b = rng.standard_normal((n, rhs))
    return {"A": a, "b": b[:, 0] if rhs == 1 else b}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
