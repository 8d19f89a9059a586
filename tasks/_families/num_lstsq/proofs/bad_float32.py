"""Proof (bad): the reference's method in single precision: fast, but ~1e-7 relative accuracy is not enough."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """SVD-based least squares in float32, returned as float64."""
    a, b = problem["A"].astype(np.float32), problem["b"].astype(np.float32)
    return np.linalg.lstsq(a, b, rcond=None)[0].astype(np.float64)
# EVOLVE-BLOCK-END
