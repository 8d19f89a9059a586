"""Instances for num_maxflow: directed networks with integer capacities; source node 0, sink node n - 1.

params: sizes (inner nodes, one group per value), degree, capacity (largest edge capacity) and kind:
- "layered": `layers` layers of equal width; every node links to `degree` random nodes of the next layer,
  the source to all of the first layer and all of the last layer to the sink (capacity = the sum of all
  capacities, never the bottleneck);
- "bipartite": a matching network: k left and k right nodes, every capacity 1 (the flow is a maximum
  matching's size); left node i links to g_i right ones, g_i geometric with mean `degree`, drawn with
  probability proportional to 1 / sqrt(popularity rank). With a fixed degree and uniform ends, the
  matching was perfect on every instance (degree 8), so min(k, k) = (n - 2) / 2 answered it without any
  search; low-degree left nodes competing for popular right ones leave Hall deficits that no degree
  count reveals.
- "grid": a square grid with edges both ways between neighbours, the source feeding the left column and
  the right column draining into the sink (a planar min-cut);
- "random": uniform random edges (mean out-degree `degree`) among the inner nodes; the source feeds a random quarter
  of them and another quarter drains into the sink.
Edges are distinct pairs with src != dst, capacities uniform integers in [1, capacity] (1 for bipartite).
A maximum flow needs many augmenting paths on all of these. One reference call takes about 20-80 ms.
"""
from pathlib import Path

import numpy as np

from eft.judge import save_instances

VARIANTS = 6  # timed instances per group (plus one untimed warm-up instance)


def _inner_edges(rng: np.random.Generator, inner: int, params: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(edges among the inner nodes 1..inner, the nodes fed by the source, the nodes draining into the sink)."""
    kind, degree = params["kind"], int(params["degree"])
    nodes = np.arange(1, inner + 1)
    if kind == "layered":
        layers = int(params["layers"])
        width = inner // layers
        grid = nodes[:layers * width].reshape(layers, width)
        src = np.repeat(grid[:-1], degree, axis=1).ravel()
        dst = grid[1:][np.arange(layers - 1)[:, None], rng.integers(0, width, (layers - 1, width * degree))].ravel()
        return np.stack([src, dst], axis=1), grid[0], grid[-1]
    if kind == "bipartite":
        k = inner // 2
        left, right = nodes[:k], nodes[k:2 * k]
        src = np.repeat(left, np.minimum(rng.geometric(1.0 / degree, k), k))
        popularity = 1.0 / np.sqrt(np.arange(1, k + 1))
        dst = right[rng.permutation(k)[rng.choice(k, len(src), p=popularity / popularity.sum())]]
        return np.stack([src, dst], axis=1), left, right
    if kind == "grid":
        side = int(np.sqrt(inner))
        grid = nodes[:side * side].reshape(side, side)
        pairs = [np.stack([grid[:, :-1].ravel(), grid[:, 1:].ravel()], axis=1),
                 np.stack([grid[:-1, :].ravel(), grid[1:, :].ravel()], axis=1)]
        pairs = np.concatenate(pairs)
        return np.concatenate([pairs, pairs[:, ::-1]]), grid[:, 0], grid[:, -1]
    if kind == "random":
        m = degree * inner
        pairs = np.stack([rng.choice(nodes, m), rng.choice(nodes, m)], axis=1)
        shuffled = rng.permutation(nodes)
        return pairs, shuffled[:inner // 4], shuffled[inner // 4:inner // 2]
    raise ValueError(f"unknown kind {kind!r}")


def _problem(rng: np.random.Generator, inner: int, params: dict) -> dict:
    pairs, fed, drained = _inner_edges(rng, inner, params)
    pairs = np.unique(pairs[pairs[:, 0] != pairs[:, 1]], axis=0)
    sink = inner + 1
    unit = params["kind"] == "bipartite"
    caps = np.ones(len(pairs), dtype=np.int64) if unit else rng.integers(1, int(params["capacity"]) + 1, len(pairs))
    big = 1 if unit else int(caps.sum())
    src = np.concatenate([np.zeros(len(fed), dtype=np.int64), pairs[:, 0], drained])
    dst = np.concatenate([fed, pairs[:, 1], np.full(len(drained), sink)])
    cap = np.concatenate([np.full(len(fed), big), caps, np.full(len(drained), big)])
    order = rng.permutation(len(src))  # no hint in the edge order
    return {"n": np.int64(inner + 2), "src": src[order].astype(np.int64), "dst": dst[order].astype(np.int64),
            "cap": cap[order].astype(np.int64)}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    rng = np.random.default_rng(seed)
    groups = [[_problem(rng, int(n), params) for _ in range(VARIANTS)] for n in params["sizes"]]
    warmup = [_problem(rng, int(n), params) for n in params["sizes"]]
    save_instances(out_dir, groups, warmup)
