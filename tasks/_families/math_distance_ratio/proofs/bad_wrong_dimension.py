"""Known-bad: points in one more dimension than asked (extra room lowers the ratio); must be rejected."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d):
    rng = np.random.default_rng(3)
    return rng.uniform(0.0, 1.0, size=(n, d + 1))
# EVOLVE-BLOCK-END
