"""Proof (bad): the k farthest points instead of the k nearest (a sign slip in the sort key)."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Indices of the k points farthest from each query, farthest first."""
    points, queries, k = problem["points"], problem["queries"], problem["k"]
    distances = np.sqrt(((queries[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    return np.argsort(-distances, axis=1, kind="stable")[:, :k]
# EVOLVE-BLOCK-END
