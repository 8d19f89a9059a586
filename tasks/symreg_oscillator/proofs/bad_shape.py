"""Predicts one number per call instead of one per sample: the judge must refuse the shape."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    return np.array([params[0] * float(np.mean(x))])
# EVOLVE-BLOCK-END
