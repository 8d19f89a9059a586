"""Proof skeleton: spring, viscous damping and a small basis of forcing shapes (beats the seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Spring + damping + constant, ramp, decaying and harmonic forcing terms, all linear in params."""
    forcing = (params[2] + params[3] * t + params[4] * np.exp(-0.5 * t) + params[5] * np.cos(t)
               + params[6] * np.sin(t) + params[7] * np.cos(2.0 * t) + params[8] * np.sin(2.0 * t)
               + params[9] * np.cos(0.5 * t))
    return params[0] * x + params[1] * v + forcing
# EVOLVE-BLOCK-END
