"""Trusted reference solver for num_lstsq: LAPACK's SVD-based least squares (np.linalg.lstsq, gelsd)."""
import numpy as np


def solve(problem):
    """argmin_x ||A x - b||_2 (column by column when b has several columns)."""
    return np.linalg.lstsq(problem["A"], problem["b"], rcond=None)[0]
