"""Equation skeleton for a linear oscillator's acceleration; its params are fitted by the evaluator."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Acceleration from position x, velocity v and time t (arrays); params: 10 constants fitted by BFGS."""
    spring = params[0] * x
    external = params[1] * np.ones_like(t)
    return spring + external
# EVOLVE-BLOCK-END
