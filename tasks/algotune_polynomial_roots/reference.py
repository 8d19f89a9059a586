"""Trusted reference solver for algotune_polynomial_roots: companion-matrix eigenvalues via np.roots."""
import numpy as np


def solve(problem):
    """Real parts of all roots of the polynomial (coefficients highest degree first), in descending order."""
    return np.sort(np.roots(problem["coefficients"]).real)[::-1]
