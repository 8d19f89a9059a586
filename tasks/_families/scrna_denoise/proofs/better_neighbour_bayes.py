"""Empirical Bayes toward each cell's neighbours: the prior mean m of a gene in a cell is the cell's total times
the pooled profile of its 10 nearest other cells (in a 10-component PCA of the normalised log counts), and a
Gamma(2, m / 2) prior on the rate gives the posterior mean m (x + 2) / (m + 2): low counts borrow from cells
of the same type, high counts keep their own value. Beats the seed's single global profile on the MCV loss."""
import numpy as np


# EVOLVE-BLOCK-START
def run(counts, k=10, rank=10, shape=2.0):
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1, keepdims=True)
    logn = np.log1p(counts / totals * 1e4)
    u, s, _ = np.linalg.svd(logn - logn.mean(axis=0), full_matrices=False)
    embedding = u[:, :rank] * s[:rank]
    sq = (embedding ** 2).sum(axis=1)
    dist = sq[:, None] + sq[None, :] - 2 * embedding @ embedding.T
    np.fill_diagonal(dist, np.inf)  # the cell's own counts are the data, not the prior
    near = np.argsort(dist, axis=1, kind="stable")[:, :k]
    local = counts[near].sum(axis=1) / totals[near].sum(axis=1)
    prior = totals * (0.95 * local + 0.05 * counts.sum(axis=0) / counts.sum())
    return prior * (counts + shape) / (prior + shape)
# EVOLVE-BLOCK-END
