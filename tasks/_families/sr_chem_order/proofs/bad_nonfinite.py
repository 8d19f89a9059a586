"""Known-wrong skeleton: its predictions are not finite, which the judge must reject."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, A, params):
    """Divides by zero everywhere: every prediction is inf or nan."""
    return params[0] * A / np.zeros_like(A)
# EVOLVE-BLOCK-END
