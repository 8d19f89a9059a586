"""Proof (bad): piecewise-linear interpolation (np.interp): exact at the knots, wrong between them."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Linear interpolation of each series at its queries."""
    x, y, queries = problem["x"], problem["y"], problem["queries"]
    return np.array([np.interp(queries[b], x[b], y[b]) for b in range(len(x))])
# EVOLVE-BLOCK-END
