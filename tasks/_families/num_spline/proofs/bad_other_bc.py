"""Proof (bad): the right kind of spline with the wrong boundary condition (not-a-knot for natural, else natural)."""
import numpy as np
from scipy.interpolate import CubicSpline

# EVOLVE-BLOCK-START


def solve(problem):
    """Cubic splines that ignore the requested boundary condition."""
    x, y, queries = problem["x"], problem["y"], problem["queries"]
    bc = "not-a-knot" if problem["bc"] == "natural" else "natural"
    return np.array([CubicSpline(x[b], y[b], bc_type=bc)(queries[b]) for b in range(len(x))])
# EVOLVE-BLOCK-END
