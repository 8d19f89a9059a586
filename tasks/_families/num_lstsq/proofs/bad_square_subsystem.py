"""Proof (bad): interpolates the first n equations exactly instead of fitting all m in the least-squares sense."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Solves the square system of the first n rows: right shape, wrong problem."""
    a, b = problem["A"], problem["b"]
    n = a.shape[1]
    return np.linalg.solve(a[:n], b[:n])
# EVOLVE-BLOCK-END
