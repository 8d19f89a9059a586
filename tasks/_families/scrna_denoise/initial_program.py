"""scRNA-seq denoising: given a cells x genes matrix of UMI counts (the train part of each cell's molecules),
return the expected counts of every gene in every cell, as if measured without sampling noise."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    """Return a float array of counts' shape: non-negative, every row with a positive sum, same scale as counts."""
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    profile = counts.sum(axis=0) / counts.sum()  # the average cell's expression profile
    weight = 1.0  # sqrt(cell total) pseudo-molecules drawn from the average profile, times this
    return counts + weight * profile * np.sqrt(totals)
# EVOLVE-BLOCK-END
