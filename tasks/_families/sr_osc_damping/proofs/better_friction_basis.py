"""Proof skeleton: spring plus a small basis of damping and friction shapes (beats the linear seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Linear spring and damping + cubic, quadratic-drag, Coulomb-like and amplitude-dependent terms."""
    friction = (params[2] * v**3 + params[3] * v * np.abs(v) + params[4] * np.tanh(5.0 * v)
                + params[5] * v * np.exp(-v**2))
    coupled = params[6] * x**2 * v + params[7] * np.abs(x) * v
    return params[0] * x + params[1] * v + friction + coupled + params[8] * x**3 + params[9] * x**2
# EVOLVE-BLOCK-END
