"""Proof skeleton: exponential growth plus a basis of saturation and seasonal terms (beats the seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, P, params):
    """Polynomial, logarithmic, power-law and saturating terms in P, and P modulated in time; linear in params."""
    density = params[2] * P**2 + params[3] * P**3 + params[4] * P * np.log(P) + params[5] * P ** (2.0 / 3.0)
    shaped = params[6] * P / (1.0 + P) + params[7] * P * np.sin(t) + params[8] * P * np.cos(t)
    return params[0] * P + params[1] + density + shaped + params[9] * P * t
# EVOLVE-BLOCK-END
