"""k-nearest-neighbour search; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Indices of the k nearest points to each query, nearest first (Euclidean distance).

    Brute force: the full query x point distance matrix by broadcasting, then a full sort of every row.
    """
    points, queries, k = problem["points"], problem["queries"], problem["k"]
    distances = np.sqrt(((queries[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    return np.argsort(distances, axis=1, kind="stable")[:, :k]
# EVOLVE-BLOCK-END
