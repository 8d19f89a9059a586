"""Proof (bad): the times 0, dt, ..., (steps - 1) dt instead of dt, ..., steps * dt (starts with x0)."""
import numpy as np
from scipy.linalg import expm

# EVOLVE-BLOCK-START


def solve(problem):
    """One output step behind: row k is x(k dt) instead of x((k + 1) dt)."""
    a, x0, dt, steps = problem["A"], problem["x0"], problem["dt"], problem["steps"]
    return np.array([expm(a * (k * dt)) @ x0 for k in range(steps)])
# EVOLVE-BLOCK-END
