"""Known-bad: centred values (negative entries are not expected counts); the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    counts = np.asarray(counts, dtype=float)
    return counts - counts.mean(axis=0)
# EVOLVE-BLOCK-END
