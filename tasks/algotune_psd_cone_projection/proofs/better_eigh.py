"""Proof (better): the symmetric eigen-solver, and only the smaller half of the spectrum rebuilt.

np.linalg.eigh exploits symmetry (several times cheaper than the general eig), and X = A - V- diag(w-) V-^T
(or V+ diag(w+) V+^T, whichever side has fewer eigenvalues) halves the rebuilding product.
"""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """The nearest (Frobenius) positive semidefinite matrix to the symmetric matrix problem["A"]."""
    a = problem["A"]
    eigenvalues, eigenvectors = np.linalg.eigh(a)
    negative = eigenvalues < 0
    if 2 * np.count_nonzero(negative) <= len(eigenvalues):
        v = eigenvectors[:, negative]
        x = a - (v * eigenvalues[negative]) @ v.T
    else:
        v = eigenvectors[:, ~negative]
        x = (v * eigenvalues[~negative]) @ v.T
    return (x + x.T) / 2
# EVOLVE-BLOCK-END
