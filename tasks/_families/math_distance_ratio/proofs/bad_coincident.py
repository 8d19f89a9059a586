"""Known-bad: two points on top of each other (no finite ratio); the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    points = np.zeros((n, d))
    points[:, 0] = np.arange(n)
    points[-1] = points[0]
    return points
# EVOLVE-BLOCK-END
