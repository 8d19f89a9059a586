"""The k-module puzzle: k modules, m options each, a score for every option and for every option pair of
interacting modules, some option pairs incompatible. Generated with a hidden planted configuration (one option
per module) that gets a bonus and is kept compatible, so a strong value (the planted one) is known.

params: k, m, graph ("chain": module i talks to i+1; "random": each pair with probability p_edge; "dense":
p_edge close to 1), p_edge, forbid (fraction of option pairs made incompatible on each interaction).
Files: instance.npz (unary k x m, edges E x 2, pair E x m x m, allowed E x m x m; all int64) and planted.npy.
"""
from pathlib import Path

import numpy as np

UNARY_BONUS, PAIR_BONUS = 6, 8


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    k, m = int(params["k"]), int(params["m"])
    if params["graph"] == "chain":
        edges = np.array([(i, i + 1) for i in range(k - 1)])
    else:
        pairs = np.array([(i, j) for i in range(k) for j in range(i + 1, k)])
        edges = pairs[rng.random(len(pairs)) < float(params["p_edge"])]
    planted = rng.integers(0, m, k)
    unary = rng.integers(0, 21, (k, m))
    unary[np.arange(k), planted] += UNARY_BONUS
    pair = rng.integers(-10, 11, (len(edges), m, m))
    pair[np.arange(len(edges)), planted[edges[:, 0]], planted[edges[:, 1]]] += PAIR_BONUS
    allowed = (rng.random((len(edges), m, m)) >= float(params["forbid"])).astype(np.int64)
    allowed[np.arange(len(edges)), planted[edges[:, 0]], planted[edges[:, 1]]] = 1
    np.savez(Path(out_dir) / "instance.npz", unary=unary.astype(np.int64), edges=edges.astype(np.int64),
             pair=pair.astype(np.int64), allowed=allowed)
    np.save(Path(out_dir) / "planted.npy", planted.astype(np.int64))
