"""Non-finite predictions: the judge must refuse them instead of scoring them."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, P, params):
    return np.full_like(P, np.nan) + params[0]
# EVOLVE-BLOCK-END
