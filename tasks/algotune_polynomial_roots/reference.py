"""Trusted reference solver for algotune_polynomial_roots: companion-matrix eigenvalues via np.roots."""
import numpy as np


def solve(problem):
    """Real roots of the polynomial (coefficients highest degree first), sorted in descending order."""
    return np.sort(np.roots(problem["coefficients"]).real)[::-1]
