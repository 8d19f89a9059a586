"""Known-bad: two identical points (infinite energy); the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, s):
    rng = np.random.default_rng(5)
    points = rng.standard_normal((n, 3))
    points[1] = points[0]
    return points
# EVOLVE-BLOCK-END
