"""Equation skeleton for a forced oscillator's acceleration; its params are fitted by the evaluator."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Acceleration from position x, velocity v and time t (arrays); params: 10 constants fitted by BFGS."""
    restoring = params[0] * x
    damping = params[1] * v
    forcing = params[2] * np.cos(t)
    return restoring + damping + forcing
# EVOLVE-BLOCK-END
