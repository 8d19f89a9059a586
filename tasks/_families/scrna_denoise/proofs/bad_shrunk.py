"""Known-bad: the seed's smoothing, then every estimate cut by half a molecule (kept just above 0): a lower
log1p loss bought by shrinking low counts below their expected values; the Poisson constraint must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    profile = counts.sum(axis=0) / counts.sum()
    smooth = counts + 2.0 * profile * np.sqrt(totals)
    return np.maximum(smooth - 0.5, 1e-6 * smooth)
# EVOLVE-BLOCK-END
