"""Known-bad: the genes x cells transpose instead of cells x genes; the judge must reject the shape."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    return np.asarray(counts, dtype=float).T + 1.0
# EVOLVE-BLOCK-END
