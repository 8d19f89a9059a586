"""Proof (bad): explicit Euler with 20 substeps per output step: first-order, far outside the tolerance."""
import numpy as np

# EVOLVE-BLOCK-START
SUBSTEPS = 20


def solve(problem):
    """Euler's method for x' = A x; its error is O(dt / SUBSTEPS), not rounding-level."""
    a, x0, dt, steps = problem["A"], problem["x0"], problem["dt"], problem["steps"]
    h = dt / SUBSTEPS
    out = np.empty((steps, len(x0)))
    x = x0
    for k in range(steps):
        for _ in range(SUBSTEPS):
            x = x + h * (a @ x)
        out[k] = x
    return out
# EVOLVE-BLOCK-END
