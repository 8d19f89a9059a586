"""Proof skeleton: linear uptake plus a basis of saturating, inhibited and cooperative terms (beats the seed)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, S, params):
    """Linear + hyperbolic (two affinities), inhibited, sigmoid, quadratic and decaying-activity terms."""
    linear = params[0] * S + params[1] + params[2] * S**2
    saturating = params[3] * S / (0.5 + S) + params[4] * S / (2.0 + S) + params[5] * S / (1.0 + S + S**2)
    cooperative = params[6] * S**2 / (1.0 + S**2) + params[7] * S**3 / (2.0 + S**3)
    return linear + saturating + cooperative + params[8] * np.exp(-0.2 * t) * S / (1.0 + S) + params[9] * S * t
# EVOLVE-BLOCK-END
