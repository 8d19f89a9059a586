"""Tammes problem / spherical codes: n points on the unit sphere in R^d maximizing the smallest angle between
any two of them."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    """Return an n x d array; each row is a direction (the judge normalises the rows)."""
    rng = np.random.default_rng(7)
    points = rng.standard_normal((n, d))
    return points / np.linalg.norm(points, axis=1, keepdims=True)
# EVOLVE-BLOCK-END
