"""Known-bad: fractional option indices (a relaxation, not a configuration); must be rejected."""
import numpy as np


# EVOLVE-BLOCK-START
def run(unary, edges, pair, allowed):
    k = unary.shape[0]
    return np.full(k, 0.5).tolist()
# EVOLVE-BLOCK-END
