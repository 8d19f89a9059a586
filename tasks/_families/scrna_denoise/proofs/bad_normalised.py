"""Known-bad: the counts normalised to 10,000 per cell (CP10k) instead of expected counts at the input's depth;
the MSE cannot see a row's scale, the Poisson loss (the matrix rescaled by held-out total / train total) can,
and the Poisson constraint must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts):
    counts = np.asarray(counts, dtype=float)
    return counts / counts.sum(axis=1, keepdims=True) * 1e4
# EVOLVE-BLOCK-END
