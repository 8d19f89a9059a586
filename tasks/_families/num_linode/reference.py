"""Trusted reference solver for num_linode: one matrix exponential per output time (scipy.linalg.expm)."""
import numpy as np
from scipy.linalg import expm


def solve(problem):
    """x(k dt) for k = 1..steps of x' = A x, x(0) = x0: row k-1 is expm(A k dt) @ x0."""
    a, x0, dt, steps = problem["A"], problem["x0"], problem["dt"], problem["steps"]
    return np.array([expm(a * (k * dt)) @ x0 for k in range(1, steps + 1)])
