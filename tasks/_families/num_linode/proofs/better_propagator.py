"""Proof (better): one matrix exponential for the step dt, then one matrix-vector product per output time.

The times are equally spaced, so x((k + 1) dt) = expm(A dt) @ x(k dt): a single O(n^3) exponential (with a
smaller norm, so fewer squarings) and `steps` O(n^2) products replace `steps` exponentials. The rounding
errors of the products add up over the steps, ~steps * 1e-16 relative for these stable systems.
"""
import numpy as np
from scipy.linalg import expm

# EVOLVE-BLOCK-START


def solve(problem):
    """Solution of x' = A x, x(0) = x0 at the times dt, 2 dt, ..., steps * dt (one row per time)."""
    a, x0, dt, steps = problem["A"], problem["x0"], problem["dt"], problem["steps"]
    step = expm(a * dt)
    out = np.empty((steps, len(x0)))
    x = x0
    for k in range(steps):
        x = step @ x
        out[k] = x
    return out
# EVOLVE-BLOCK-END
