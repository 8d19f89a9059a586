"""Second autocorrelation inequality: non-negative step heights f maximizing C2 of g = f * f."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    """Return the n step heights f >= 0."""
    n = 50
    base = 1.0
    slope = 0.5
    x = np.linspace(0.0, 1.0, n)
    return base + slope * x
# EVOLVE-BLOCK-END
