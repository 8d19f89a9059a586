"""Dense linear least squares; the evaluator times it against a reference solver and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """argmin_x ||A x - b||_2 for a full-column-rank A (column by column when b has several columns).

    LAPACK's SVD-based driver (gelsd): robust for any rank, and the most expensive of the standard methods.
    """
    return np.linalg.lstsq(problem["A"], problem["b"], rcond=None)[0]
# EVOLVE-BLOCK-END
