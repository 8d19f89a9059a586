"""Proof (bad): the right values in ascending instead of descending order."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Real parts of all roots, sorted ascending (the statement asks for descending)."""
    return np.sort(np.roots(problem["coefficients"]).real)
# EVOLVE-BLOCK-END
