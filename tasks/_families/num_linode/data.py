"""Instances for num_linode: linear systems x' = A x with an initial state and an equally spaced output grid.

params: sizes (n, one group per value), steps (output times per instance), dt, and kind (the structure of A):
- "stable": G / sqrt(n) with G standard normal, shifted so the rightmost eigenvalue has real part -0.2;
- "diffusion": 1-D advection-diffusion on n interior grid points of [0, 1] (Dirichlet ends), diffusion
  0.005-0.02 and advection 0.2-1 per instance (stiff: ||A|| is in the hundreds);
- "oscillator": a random skew-symmetric matrix (frequencies up to ~2) minus 0.02 I (lightly damped waves);
- "chain": n / 2 masses in a chain of random springs (stiffness 0.5-2) with damping 0.05, as the
  first-order system [0 I; -K -C];
- "nonnormal": upper triangular, diagonal uniform in [-1.5, -0.5], entries above N(0, 1) / sqrt(n) (stable
  but with transient growth of ||e^(At)||);
- "markov": a continuous-time Markov generator (each state jumps to 8 random others at rates in [0, 1];
  columns sum to 0), x0 a probability vector.
x0 is standard normal except for "markov". Every system is stable or neutral, so the exact trajectory
stays bounded and float64 methods agree with the reference to ~1e-13. One reference call takes about 20-50 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
JUMPS = 8


def _matrix(rng: np.random.Generator, n: int, kind: str) -> np.ndarray:
    if kind == "stable":
        g = rng.standard_normal((n, n)) / np.sqrt(n)
        return g - (np.linalg.eigvals(g).real.max() + 0.2) * np.eye(n)
    if kind == "diffusion":
        h = 1.0 / (n + 1)
        diffusion, advection = rng.uniform(0.005, 0.02), rng.uniform(0.2, 1.0)
        ones = np.ones(n - 1)
        laplacian = (np.diag(-2.0 * np.ones(n)) + np.diag(ones, 1) + np.diag(ones, -1)) / h**2
        gradient = (np.diag(ones, 1) - np.diag(ones, -1)) / (2 * h)
        return diffusion * laplacian - advection * gradient
    if kind == "oscillator":
        g = rng.standard_normal((n, n))
        return (g - g.T) / np.sqrt(2 * n) - 0.02 * np.eye(n)
    if kind == "chain":
        masses = n // 2
        springs = rng.uniform(0.5, 2.0, masses + 1)
        stiffness = np.diag(springs[:-1] + springs[1:]) - np.diag(springs[1:-1], 1) - np.diag(springs[1:-1], -1)
        a = np.zeros((2 * masses, 2 * masses))
        a[:masses, masses:] = np.eye(masses)
        a[masses:, :masses] = -stiffness
        a[masses:, masses:] = -0.05 * np.eye(masses)
        return a
    if kind == "nonnormal":
        return np.diag(rng.uniform(-1.5, -0.5, n)) + np.triu(rng.standard_normal((n, n)) / np.sqrt(n), 1)
    if kind == "markov":
        rates = np.zeros((n, n))
        for j in range(n):
            targets = rng.choice(np.delete(np.arange(n), j), JUMPS, replace=False)
            rates[targets, j] = rng.random(JUMPS)
        return rates - np.diag(rates.sum(axis=0))
    raise ValueError(f"unknown kind {kind!r}")


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    a = _matrix(rng, n, params["kind"])
    x0 = rng.dirichlet(np.ones(len(a))) if params["kind"] == "markov" else rng.standard_normal(len(a))
    return {"A": a, "x0": x0, "dt": np.float64(params["dt"]), "steps": np.int64(params["steps"])}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
