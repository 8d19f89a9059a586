"""Proof (bad): ranks 2..k+1 instead of 1..k, as if each query were one of the points (off by one)."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Indices of the 2nd to (k+1)-th nearest points: the nearest one is wrongly dropped."""
    points, queries, k = problem["points"], problem["queries"], problem["k"]
    distances = np.sqrt(((queries[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    return np.argsort(distances, axis=1, kind="stable")[:, 1:k + 1]
# EVOLVE-BLOCK-END
