"""Proof (bad): the right eigenvalues in descending instead of ascending order."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """All eigenvalues, largest first (the statement asks for ascending)."""
    return np.linalg.eigvalsh(problem["A"])[::-1]
# EVOLVE-BLOCK-END
