"""scRNA-seq denoising: given a cells x genes matrix of UMI counts (half of the molecules of each cell),
return the expected counts of every gene in every cell, as if measured without sampling noise."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    """Return a float array of counts' shape: non-negative, every row with a positive sum."""
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    profile = counts.sum(axis=0) / counts.sum()  # the average cell's expression profile
    weight = 2.0  # pseudo-molecules drawn from the average profile, per observed molecule... times this
    return counts + weight * profile * np.sqrt(totals)
# EVOLVE-BLOCK-END
