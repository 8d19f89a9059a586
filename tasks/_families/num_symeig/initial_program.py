"""Symmetric eigenvalue solver; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """All eigenvalues of the symmetric matrix problem["A"], in ascending order.

    LAPACK's divide-and-conquer eigen-decomposition (np.linalg.eigh), eigenvectors included.
    """
    return np.linalg.eigh(problem["A"])[0]
# EVOLVE-BLOCK-END
