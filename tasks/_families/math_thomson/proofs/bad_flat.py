"""Known-bad: points given in the plane (n x 2) instead of on the sphere in R^3; must be rejected."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, s):
    angle = 2 * np.pi * np.arange(n) / n
    return np.stack([np.cos(angle), np.sin(angle)], axis=1)
# EVOLVE-BLOCK-END
