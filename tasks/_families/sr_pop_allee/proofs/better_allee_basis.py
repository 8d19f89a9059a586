"""Proof skeleton: logistic growth plus cubic, saturating, harvest and time-varying terms (beats the seed everywhere)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, P, params):
    """Logistic + Allee-type cubic + saturating births/harvest + constant, seasonal and rising harvest terms."""
    density = params[0] * P + params[1] * P**2 + params[2] * P**3
    saturating = params[3] * P / (1.0 + P) + params[4] * P**2 / (1.0 + P) + params[5] * P / (3.0 + P)
    harvest = params[6] + params[7] * np.sin(0.5 * t) + params[8] * np.cos(0.5 * t) + params[9] * t * P
    return density + saturating + harvest
# EVOLVE-BLOCK-END
