"""Known-bad: the seed's smoothing, then every estimate below 2 molecules set to 0 (a sparse "denoised" matrix):
genes the held-out part does observe get expected count 0, so the Poisson loss exceeds the raw part's; the
Poisson constraint must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    profile = counts.sum(axis=0) / counts.sum()
    smooth = counts + profile * np.sqrt(totals)
    return np.where(smooth < 2.0, 0.0, smooth)
# EVOLVE-BLOCK-END
