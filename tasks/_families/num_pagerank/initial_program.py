"""PageRank solver; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """PageRank vector (sums to 1) of the directed graph given by problem["src"] -> problem["dst"] edges.

    Builds the dense column-stochastic transition matrix (a dangling node's column is uniform) and solves
    (I - damping * T) x = (1 - damping) / n * ones by LU.
    """
    n, damping = problem["n"], problem["damping"]
    src, dst = problem["src"], problem["dst"]
    out_degree = np.bincount(src, minlength=n).astype(float)
    transition = np.zeros((n, n))
    np.add.at(transition, (dst, src), 1.0 / out_degree[src])
    transition[:, out_degree == 0] = 1.0 / n
    rank = np.linalg.solve(np.eye(n) - damping * transition, np.full(n, (1.0 - damping) / n))
    return rank / rank.sum()
# EVOLVE-BLOCK-END
