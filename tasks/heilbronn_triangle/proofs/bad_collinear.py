"""Eleven points with three on one line (the base edge): the smallest triangle has area 0 — and one point lies
outside, which must be refused before any area is computed."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    points = [[0.1 * k, 0.0] for k in range(1, 10)] + [[0.5, 0.3], [0.5, 0.95]]
    return np.array(points)
# EVOLVE-BLOCK-END
