"""Divides by zero on every sample: infinite predictions must be refused."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, A, params):
    return params[0] * A / np.zeros_like(A)
# EVOLVE-BLOCK-END
