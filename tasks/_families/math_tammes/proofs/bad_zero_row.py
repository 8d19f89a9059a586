"""Known-bad: one row is the zero vector, which has no direction; the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    points = np.eye(d)[np.arange(n) % d] * (1 + np.arange(n))[:, None]
    points[0] = 0.0
    return points
# EVOLVE-BLOCK-END
