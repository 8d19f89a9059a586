"""Proof (bad): LU in single precision: backward error ~1e-9, the check allows 1e-13."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """x with A x = b from a float32 solve, returned as float64."""
    a, b = problem["A"].astype(np.float32), problem["b"].astype(np.float32)
    return np.linalg.solve(a, b).astype(np.float64)
# EVOLVE-BLOCK-END
