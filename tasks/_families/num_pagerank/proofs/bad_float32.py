"""Proof (bad): the reference's dense solve in single precision: ~1e-7 relative error, the check allows 1e-9."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """PageRank from a float32 LU solve, returned as float64."""
    n, damping = problem["n"], problem["damping"]
    src, dst = problem["src"], problem["dst"]
    out_degree = np.bincount(src, minlength=n).astype(np.float32)
    transition = np.zeros((n, n), dtype=np.float32)
    np.add.at(transition, (dst, src), 1.0 / out_degree[src])
    transition[:, out_degree == 0] = 1.0 / n
    system = np.eye(n, dtype=np.float32) - np.float32(damping) * transition
    rank = np.linalg.solve(system, np.full(n, (1.0 - damping) / n, dtype=np.float32)).astype(np.float64)
    return rank / rank.sum()
# EVOLVE-BLOCK-END
