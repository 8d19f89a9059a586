"""Proof (better): eigenvalues only (np.linalg.eigvalsh): the tridiagonal reduction without accumulating Q.

The eigenvectors are the expensive part of eigh (back-transformation and the divide-and-conquer merges);
without them the same Householder reduction is followed by a cheap tridiagonal QR/QL iteration.
"""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """All eigenvalues of the symmetric matrix problem["A"], in ascending order."""
    return np.linalg.eigvalsh(problem["A"])
# EVOLVE-BLOCK-END
