"""Known-wrong skeleton: its predictions are not finite, which the judge must reject."""
import numpy as np


# EVOLVE-BLOCK-START
def equation(t, N, P, params):
    """Divides by zero everywhere: every prediction is inf or nan."""
    return params[0] * N / np.zeros_like(N)
# EVOLVE-BLOCK-END
