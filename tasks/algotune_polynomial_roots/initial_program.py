"""Polynomial root finder; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Real parts of all roots of the polynomial (coefficients highest degree first), in descending order.

    The roots are the eigenvalues of the companion matrix (np.roots, i.e. LAPACK's general eigenvalue
    solver); a complex-conjugate pair contributes its real part twice.
    """
    return np.sort(np.roots(problem["coefficients"]).real)[::-1]
# EVOLVE-BLOCK-END
