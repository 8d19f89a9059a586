"""Proof (bad): returns only the (numerically) real roots, not the real parts of all n roots."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """A plausible reading of "real roots": drops every complex pair, so the length is wrong."""
    roots = np.roots(problem["coefficients"])
    return np.sort(roots[np.abs(roots.imag) < 1e-9].real)[::-1]
# EVOLVE-BLOCK-END
