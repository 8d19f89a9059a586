"""A synthetic MoE expert-load trace: token counts per (window, layer, logical expert).

Why it looks like this: in a served MoE model a few experts of each layer are much busier than the rest
(a skewed popularity that differs from layer to layer), popularity drifts slowly between rebalancing
windows, and each window's counts are a finite sample of the routed tokens. So each layer gets a lognormal
base popularity over a random permutation of its experts, the log-popularity does a small random walk from
window to window, and a window's loads are a multinomial sample of TOKENS routed tokens. The planner sees a
window's loads and is judged on the next window's (evaluator.py), so the drift and the sampling noise matter.

Files: `trace.npy` (WINDOWS x LAYERS x EXPERTS int64) and `warmup.npy` (LAYERS x EXPERTS int64, an
independent draw with the same shape: an untimed first call, so one-off costs fall outside the timing).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

WINDOWS = 6  # plans are made on windows 0..4 and judged on windows 1..5
LAYERS = 58
EXPERTS = 256
TOKENS = 200_000  # routed tokens (token x top-k) per layer per window
SKEW = 0.7  # standard deviation of the log-popularity across the experts of a layer
DRIFT = 0.15  # standard deviation of the log-popularity's step from one window to the next


def trace(rng: np.random.Generator, windows: int) -> np.ndarray:
    logits = rng.normal(0.0, SKEW, size=(LAYERS, EXPERTS))
    loads = np.empty((windows, LAYERS, EXPERTS), dtype=np.int64)
    for w in range(windows):
        if w:
            logits = logits + rng.normal(0.0, DRIFT, size=logits.shape)
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        for layer in range(LAYERS):
            loads[w, layer] = rng.multinomial(TOKENS, p[layer])
    return loads


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    np.save(out_dir / "trace.npy", trace(rng, WINDOWS), allow_pickle=False)
    np.save(out_dir / "warmup.npy", trace(rng, 1)[0], allow_pickle=False)
