"""Projection onto the positive semidefinite cone; the evaluator times it against a reference and checks it."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """The nearest (Frobenius) positive semidefinite matrix to the symmetric matrix problem["A"].

    Eigen-decomposition A = V diag(w) V^T (general eigen-solver), negative eigenvalues set to 0, rebuilt.
    """
    eigenvalues, eigenvectors = np.linalg.eig(problem["A"])
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real  # real for a symmetric matrix
    eigenvalues = np.maximum(eigenvalues, 0.0)
    return eigenvectors @ np.diag(eigenvalues) @ eigenvectors.T
# EVOLVE-BLOCK-END
