"""Second-order decay plus a first-order path whose rate decays exponentially in time (the law's shape)."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, A, params):
    return params[0] * A**2 + params[1] * A * np.exp(-np.abs(params[2]) * t)
# EVOLVE-BLOCK-END
