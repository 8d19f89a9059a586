"""Trusted reference solver for algotune_psd_cone_projection: eigen-decomposition, negative eigenvalues clipped.

As AlgoTune's reference, it uses the general eigen-solver (np.linalg.eig) and rebuilds X = V diag(w+) V^T.
"""
import numpy as np


def solve(problem):
    """The nearest (Frobenius) positive semidefinite matrix to the symmetric matrix problem["A"]."""
    eigenvalues, eigenvectors = np.linalg.eig(problem["A"])
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real  # real for a symmetric matrix
    eigenvalues = np.maximum(eigenvalues, 0.0)
    return eigenvectors @ np.diag(eigenvalues) @ eigenvectors.T
