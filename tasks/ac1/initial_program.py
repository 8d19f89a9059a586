"""First autocorrelation inequality: non-negative step heights on [-1/4, 1/4] minimizing C1."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    """Return the n step heights a >= 0."""
    n = 600
    curvature = -0.3
    exponent = 2.0
    x = np.linspace(-1.0, 1.0, n)
    return 1.0 + curvature * np.abs(x) ** exponent
# EVOLVE-BLOCK-END
