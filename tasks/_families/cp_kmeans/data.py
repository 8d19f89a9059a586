"""Discrete k-means test cases (label n integer points with k clusters, minimise the SSE), with baselines.

SSE(labels) = sum over clusters of the squared Euclidean distances of its points to their mean. Kinds
(params `kind`), coordinates integers in 0..10000 in `d` dimensions: `blobs`, k Gaussian clusters with
random spreads and sizes; `uniform`, points uniform in the cube (no natural clusters, many local optima);
`aniso`, k Gaussian clusters stretched along random directions (the spherical k-means model is wrong);
`overlap`, 2k Gaussian clusters that must be merged pairwise. Per case:
- `baseline`: Lloyd's algorithm from the first k points as centres, to convergence (an emptied cluster
  keeps its old centre);
- `reference`: the best of several restarts of k-means++ seeding, Lloyd, and then Hartigan's single-point
  moves (move the point whose transfer lowers the SSE most, exactly, until none does).
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

RESTARTS = 8
LLOYD_ITERS = 100


def draw_points(rng: random.Random, kind: str, n: int, k: int, d: int) -> np.ndarray:
    draw = np.random.default_rng(rng.getrandbits(63))
    if kind == "uniform":
        return draw.integers(0, 10001, size=(n, d))
    groups = 2 * k if kind == "overlap" else k
    centres = draw.uniform(1500, 8500, size=(groups, d))
    spread = draw.uniform(200, 900, size=groups)
    sizes = draw.dirichlet(np.full(groups, 3.0))
    label = draw.choice(groups, size=n, p=sizes)
    noise = draw.normal(size=(n, d))
    if kind == "aniso":
        for g in range(groups):
            stretch = np.eye(d) + 2.5 * np.outer(direction := draw.normal(size=d), direction) / (direction @ direction)
            noise[label == g] = noise[label == g] @ stretch
    return np.clip(np.rint(centres[label] + spread[label, None] * noise), 0, 10000).astype(np.int64)


def sse(x: np.ndarray, labels: np.ndarray, k: int) -> float:
    count = np.bincount(labels, minlength=k).astype(np.float64)
    sums = np.zeros((k, x.shape[1]))
    np.add.at(sums, labels, x.astype(np.float64))
    used = count > 0
    return float((x.astype(np.float64) ** 2).sum() - ((sums[used] ** 2).sum(axis=1) / count[used]).sum())


def lloyd(x: np.ndarray, centres: np.ndarray) -> np.ndarray:
    xf = x.astype(np.float64)
    centres = centres.astype(np.float64).copy()
    labels = None
    for _ in range(LLOYD_ITERS):
        new = np.argmin(((xf[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2), axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for c in range(len(centres)):
            members = xf[labels == c]
            if len(members):
                centres[c] = members.mean(axis=0)
    return labels


def hartigan(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    xf = x.astype(np.float64)
    labels = labels.copy()
    rows = np.arange(len(x))
    while True:
        count = np.bincount(labels, minlength=k).astype(np.float64)
        sums = np.zeros((k, x.shape[1]))
        np.add.at(sums, labels, xf)
        mean = sums / np.maximum(count, 1)[:, None]
        dist = ((xf[:, None, :] - mean[None, :, :]) ** 2).sum(axis=2)  # [i, c]
        own = count[labels]
        leave = np.where(own > 1, own / np.maximum(own - 1, 1) * dist[rows, labels], 0.0)
        join = count[None, :] / (count[None, :] + 1) * dist
        delta = join - leave[:, None]
        delta[rows, labels] = np.inf
        i, c = divmod(int(np.argmin(delta)), k)
        if delta[i, c] >= -1e-6:
            return labels
        labels[i] = c


def plus_plus(x: np.ndarray, k: int, rng: random.Random) -> np.ndarray:
    xf = x.astype(np.float64)
    centres = [xf[rng.randrange(len(x))]]
    for _ in range(1, k):
        d2 = ((xf[:, None, :] - np.array(centres)[None, :, :]) ** 2).sum(axis=2).min(axis=1)
        pick = rng.random() * d2.sum()
        centres.append(xf[min(int(np.searchsorted(np.cumsum(d2), pick)), len(x) - 1)])
    return np.array(centres)


def make_case(rng: random.Random, kind: str, n: int, k: int, d: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    x = draw_points(rng, kind, n, k, d)
    baseline = sse(x, lloyd(x, x[:k]), k)
    reference = min(sse(x, hartigan(x, lloyd(x, plus_plus(x, k, search_rng)), k), k) for _ in range(RESTARTS))
    if reference >= baseline - 1e-6 * abs(baseline):
        return None
    return {"n": n, "k": k, "d": d, "points": x.tolist(), "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["k"]), int(params["d"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
