"""Known-bad: a NaN coordinate (the largest dot product would be NaN); the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    rng = np.random.default_rng(5)
    points = rng.standard_normal((n, d))
    points[n // 2, 0] = float("nan")
    return points
# EVOLVE-BLOCK-END
