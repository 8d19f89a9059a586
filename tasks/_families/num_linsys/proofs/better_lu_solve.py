"""Proof (better): one LU factorisation and two triangular solves (np.linalg.solve) instead of an inverse.

LU with partial pivoting costs 2/3 n^3 flops against the inverse's ~2 n^3, and solving with the factors is
at least as accurate as multiplying by the computed inverse.
"""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """x with A x = b for the nonsingular n x n matrix problem["A"] (b a vector, or a matrix of columns)."""
    return np.linalg.solve(problem["A"], problem["b"])
# EVOLVE-BLOCK-END
