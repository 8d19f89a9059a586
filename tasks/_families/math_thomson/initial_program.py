"""Thomson / Riesz s-energy problem: n points on the unit sphere in R^3 minimizing the sum over pairs of
1 / |x_i - x_j|^s."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, s):
    """Return an n x 3 array; each row is a point direction (the judge normalises the rows)."""
    rng = np.random.default_rng(7)
    points = rng.standard_normal((n, 3))
    return points / np.linalg.norm(points, axis=1, keepdims=True)
# EVOLVE-BLOCK-END
