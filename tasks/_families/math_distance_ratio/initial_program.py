"""Minimum distance ratio: n points in R^d making (max pairwise distance / min pairwise distance)^2 small."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    """Return an n x d array of points (coordinates in [-1000, 1000])."""
    rng = np.random.default_rng(7)
    return rng.uniform(0.0, 1.0, size=(n, d))
# EVOLVE-BLOCK-END
