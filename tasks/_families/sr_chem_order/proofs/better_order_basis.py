"""Proof skeleton: first order plus a basis of other orders, saturating and time-dependent terms (beats the seed)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, A, params):
    """Orders 0, 1, 3/2, 2, 3 + surface-saturation terms + decaying and ramped-rate terms, linear in params."""
    orders = params[0] * A + params[1] + params[2] * A**1.5 + params[3] * A**2 + params[4] * A**3
    surface = params[5] * A / (1.0 + A) + params[6] * A / (1.0 + A) ** 2
    timed = params[7] * np.exp(-0.5 * t) + params[8] * A * t + params[9] * A * np.exp(-0.2 * t)
    return orders + surface + timed
# EVOLVE-BLOCK-END
