"""Known-wrong skeleton: its predictions are not finite, which the judge must reject."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(x, v, t, params):
    """Divides by zero everywhere: every prediction is inf or nan."""
    return params[0] * x / np.zeros_like(x)
# EVOLVE-BLOCK-END
