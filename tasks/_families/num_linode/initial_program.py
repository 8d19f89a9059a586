"""Linear ODE integrator; the evaluator times it against a reference solver and checks every output."""
import numpy as np
from scipy.linalg import expm

# EVOLVE-BLOCK-START


def solve(problem):
    """Solution of x' = A x, x(0) = x0 at the times dt, 2 dt, ..., steps * dt (one row per time).

    Exact up to rounding: x(t) = expm(A t) @ x0, one scaling-and-squaring Pade matrix exponential per time.
    """
    a, x0, dt, steps = problem["A"], problem["x0"], problem["dt"], problem["steps"]
    return np.array([expm(a * (k * dt)) @ x0 for k in range(1, steps + 1)])
# EVOLVE-BLOCK-END
