"""Equation skeleton for the oscillator's acceleration; its params are fitted by the evaluator."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Acceleration from position x, velocity v and time t (arrays); params: 10 constants fitted by BFGS."""
    restoring = params[0] * x + params[1] * x * np.abs(x) ** 1.0
    damping = params[2] * v
    forcing = params[3] * np.cos(1.0 * t)
    return restoring + damping + forcing
# EVOLVE-BLOCK-END
