"""Logistic growth with a saturating (Holling type III) loss term, the law's own shape."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, P, params):
    return params[0] * P + params[1] * P**2 + params[2] * P**2 / (params[3] ** 2 + P**2)
# EVOLVE-BLOCK-END
