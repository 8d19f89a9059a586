"""Empirical-Bayes shrinkage toward each cell's neighbours: the seed's pseudo-counts, drawn from the average
profile of the cell's 30 nearest cells (in a 10-component PCA of the normalised log counts) instead of the
global profile, so the prior knows the cell's type; lowers both the MCV loss and the Poisson deviance."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts, k=30, rank=10, weight=4.0):
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    logn = np.log1p(counts / totals * 1e4)
    u, s, _ = np.linalg.svd(logn - logn.mean(axis=0), full_matrices=False)
    embedding = u[:, :rank] * s[:rank]
    sq = (embedding ** 2).sum(axis=1)
    dist = sq[:, None] + sq[None, :] - 2 * embedding @ embedding.T
    near = np.argsort(dist, axis=1, kind="stable")[:, :k]
    local = (counts / totals)[near].mean(axis=1)
    profile = counts.sum(axis=0) / counts.sum()
    prior = 0.9 * local + 0.1 * profile
    return counts + weight * prior * np.sqrt(totals)
# EVOLVE-BLOCK-END
