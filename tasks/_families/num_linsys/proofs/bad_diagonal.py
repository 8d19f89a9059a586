"""Proof (bad): divides b by the diagonal of A, as if A were diagonal (right shape, ignores the coupling)."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """The solution of diag(A) x = b instead of A x = b."""
    a, b = problem["A"], problem["b"]
    diagonal = np.diag(a)
    return b / (diagonal if b.ndim == 1 else diagonal[:, None])
# EVOLVE-BLOCK-END
