"""Trusted reference solver for num_pagerank: the PageRank linear system, built dense and solved by LU."""
import numpy as np


def solve(problem):
    """PageRank vector (sums to 1) of the directed graph; dangling nodes link to every node."""
    n, damping = problem["n"], problem["damping"]
    src, dst = problem["src"], problem["dst"]
    out_degree = np.bincount(src, minlength=n).astype(float)
    transition = np.zeros((n, n))
    np.add.at(transition, (dst, src), 1.0 / out_degree[src])
    transition[:, out_degree == 0] = 1.0 / n
    rank = np.linalg.solve(np.eye(n) - damping * transition, np.full(n, (1.0 - damping) / n))
    return rank / rank.sum()
