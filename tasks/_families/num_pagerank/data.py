"""Instances for num_pagerank: random directed graphs as edge lists, with a damping factor.

params: sizes (n, one group per value), degree (mean out-degree), damping, dangling (share of nodes
whose out-edges are all removed) and kind:
- "random": every edge's endpoints uniform (Erdos-Renyi-like);
- "powerlaw": destinations drawn with probability proportional to 1 / (node rank + 1) (Zipf in-degrees: a
  few hubs collect most links, as on the web);
- "community": 8 equal blocks, 90 % of the edges inside a block (slowly mixing between blocks).
Self-loops and repeated edges are dropped, so edges are distinct pairs src != dst. The PageRank system
(I - damping T) x = (1 - damping) / n has condition number at most (1 + damping) / (1 - damping), so its
solution is well defined to ~1e-13 for damping up to 0.99. One reference call takes about 15-50 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)
BLOCKS = 8
INSIDE = 0.9


def _edges(rng: np.random.Generator, n: int, params: dict) -> tuple[np.ndarray, np.ndarray]:
    m = round(float(params["degree"]) * n)
    src = rng.integers(0, n, m)
    kind = params["kind"]
    if kind == "random":
        dst = rng.integers(0, n, m)
    elif kind == "powerlaw":
        weights = 1.0 / np.arange(1, n + 1)
        dst = rng.permutation(n)[rng.choice(n, m, p=weights / weights.sum())]
    elif kind == "community":
        size = n // BLOCKS
        block = np.minimum(src // size, BLOCKS - 1)
        inside = rng.random(m) < INSIDE
        dst = np.where(inside, np.minimum(block * size + rng.integers(0, size, m), n - 1), rng.integers(0, n, m))
    else:
        raise ValueError(f"unknown kind {kind!r}")
    pairs = np.unique(np.stack([src, dst], axis=1)[src != dst], axis=0)
    dangling = rng.random(n) < float(params["dangling"])
    pairs = pairs[~dangling[pairs[:, 0]]]
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


def _problem(rng: np.random.Generator, n: int, params: dict) -> dict:
    src, dst = _edges(rng, n, params)
    return {"n": np.int64(n), "damping": np.float64(params["damping"]), "src": src, "dst": dst}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
