"""Proof (bad): follows the edges backwards (dst -> src), a transposition slip: the ranks of the reversed graph."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """PageRank of the graph with every edge reversed."""
    n, damping = problem["n"], problem["damping"]
    src, dst = problem["dst"], problem["src"]
    out_degree = np.bincount(src, minlength=n).astype(float)
    transition = np.zeros((n, n))
    np.add.at(transition, (dst, src), 1.0 / out_degree[src])
    transition[:, out_degree == 0] = 1.0 / n
    rank = np.linalg.solve(np.eye(n) - damping * transition, np.full(n, (1.0 - damping) / n))
    return rank / rank.sum()
# EVOLVE-BLOCK-END
