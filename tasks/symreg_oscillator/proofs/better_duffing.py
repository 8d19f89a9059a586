"""The law's own skeleton (linear and cubic restoring force, linear damping, drive at the true frequency)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    return params[0] * x + params[1] * x**3 + params[2] * v + params[3] * np.cos(1.3 * t)
# EVOLVE-BLOCK-END
