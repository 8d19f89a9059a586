"""Proof (bad): clips the negative entries instead of the negative eigenvalues; symmetric but not PSD."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Looks like a projection, but max(A, 0) elementwise is not positive semidefinite in general."""
    return np.maximum(problem["A"], 0.0)
# EVOLVE-BLOCK-END
