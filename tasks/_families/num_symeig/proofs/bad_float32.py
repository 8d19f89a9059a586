"""Proof (bad): eigenvalues computed in single precision (~1e-7 relative error, the check allows 1e-10)."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """All eigenvalues in ascending order, from a float32 copy of the matrix."""
    return np.linalg.eigvalsh(problem["A"].astype(np.float32)).astype(np.float64)
# EVOLVE-BLOCK-END
