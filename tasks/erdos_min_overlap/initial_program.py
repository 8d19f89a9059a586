"""Erdős minimum overlap: a step function h on [0, 2] with 0 <= h <= 1 and integral 1, minimizing C5."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    """Return h sampled at n equally spaced points on [0, 2]."""
    n = 200
    amplitude = 0.05
    frequency = 1.0
    x = (np.arange(n) + 0.5) * 2.0 / n
    h = np.clip(0.5 + amplitude * np.cos(np.pi * frequency * (x - 1.0)), 0.0, 1.0)
    return h / (np.sum(h) * 2.0 / n)
# EVOLVE-BLOCK-END
