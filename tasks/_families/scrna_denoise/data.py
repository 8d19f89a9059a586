"""Synthetic scRNA-seq count matrices with a known expression truth, split by molecular cross-validation.

Truth: every cell belongs to one of `types` cell types and carries `rank` continuous programme activities;
its log-expression is type profile + programmes (all low-rank), its library size is log-normal around `depth`.
Biological rate lam = library * softmax(log-expression) * Gamma(1/dispersion, dispersion) noise (negative
binomial counts, dispersion 0 = Poisson). Counts X ~ Poisson(lam). Molecular cross-validation (Batson et al.
2019; OpenProblems' denoising split): every molecule goes to the train part with probability f =
`train_fraction` (0.9 in OpenProblems), x_train ~ Binomial(X, f), x_test = X - x_train, independent
Poisson(f lam) and Poisson((1 - f) lam) given lam. Genes without a train molecule are dropped from every
file, as OpenProblems drops them. The candidate sees only x_train.
Files: x_train.npy, x_test.npy (int32, cells x kept genes), truth.npy (f lam: the train part's expected
counts, float64).
"""
from pathlib import Path

import numpy as np


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    cells, genes = int(params["cells"]), int(params["genes"])
    types, rank = int(params["types"]), int(params["rank"])
    fraction = float(params["train_fraction"])
    if not 0.0 < fraction < 1.0:
        raise ValueError(f"train_fraction must lie strictly between 0 and 1, got {fraction}")
    base = rng.normal(0.0, 1.0, genes) * 1.2  # gene-wise baseline: a few highly expressed genes, many low
    type_shift = rng.normal(0.0, float(params["type_effect"]), (types, genes)) * (rng.random((types, genes)) < 0.3)
    loadings = rng.normal(0.0, 0.5, (rank, genes))
    kind = rng.choice(types, size=cells, p=rng.dirichlet(np.full(types, 2.0)))
    activity = rng.normal(0.0, 1.0, (cells, rank))
    logit = base + type_shift[kind] + activity @ loadings
    profile = np.exp(logit - logit.max(axis=1, keepdims=True))
    profile /= profile.sum(axis=1, keepdims=True)
    library = float(params["depth"]) * rng.lognormal(0.0, 0.5, cells)
    lam = library[:, None] * profile
    dispersion = float(params["dispersion"])
    if dispersion > 0:
        lam = lam * rng.gamma(1.0 / dispersion, dispersion, lam.shape)
    counts = rng.poisson(lam)
    train = rng.binomial(counts, fraction)
    kept = train.sum(axis=0) > 0
    out_dir = Path(out_dir)
    np.save(out_dir / "x_train.npy", train[:, kept].astype(np.int32))
    np.save(out_dir / "x_test.npy", (counts - train)[:, kept].astype(np.int32))
    np.save(out_dir / "truth.npy", fraction * lam[:, kept])
