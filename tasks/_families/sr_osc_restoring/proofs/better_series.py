"""Proof skeleton: damping plus a small basis of restoring-force shapes (beats the linear seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Linear damping + polynomial, trigonometric, rational and exponential restoring terms, linear in params."""
    polynomial = params[2] + params[3] * x**2 + params[4] * x**3 + params[5] * x**5
    shaped = params[6] * np.sin(x) + params[7] * np.sin(2.0 * x) + params[8] * x / (1.0 + x**2)
    return params[0] * x + params[1] * v + polynomial + shaped + params[9] * np.exp(-x)
# EVOLVE-BLOCK-END
