"""Balanced k-way graph partitioning test cases, each with a baseline and a strong reference cut weight.

A case is a connected graph of the member's kind (random, geometric, grid, scale-free; family cp_kpart
params `kind`, `n`, `degree`) with edge weights 1..`wmax`, to be split into `k` parts of at most
cap = ceil((1 + eps) n / k) vertices each; the cases of a member grow from 0.6 n to n vertices.
cut = total weight of the edges whose ends lie in different parts. Per case:
- `baseline`: breadth-first order from a least-degree vertex (neighbours by label), cut into k consecutive
  chunks of ceil(n / k) vertices, the region-growing split a first attempt would write;
- `reference`: best-improvement local search from the baseline over single-vertex moves (into a part with
  room) and swaps of two vertices of different parts, then iterated local search: a fixed number of rounds
  of random swaps plus descent, keeping a round unless its cut is larger.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np

from eft.judge.graphs import base_graph

ILS_ROUNDS = 80
KICK = 6


def capacity(n: int, k: int, eps: float) -> int:
    return math.ceil(round((1 + eps) * n / k, 9))


def weights(case: dict) -> np.ndarray:
    w = np.zeros((case["n"], case["n"]), dtype=np.int64)
    for u, v, x in case["edges"]:
        w[u, v] = w[v, u] = x
    return w


def cut_weight(w: np.ndarray, part: np.ndarray) -> int:
    return int(np.triu(w * (part[:, None] != part[None, :])).sum())


def descend(w: np.ndarray, part: np.ndarray, k: int, cap: int) -> np.ndarray:
    """Best-improvement moves and swaps until none lowers the cut.

    conn[v, p] = weight from v into part p and m[v, p] = conn[v, p] - conn[v, part v]: moving v to p lowers
    the cut by m[v, p]; swapping u and v of different parts lowers it by m[u, part v] + m[v, part u] - 2 w[u, v]."""
    part = part.copy()
    n = len(part)
    conn = np.zeros((n, k), dtype=np.int64)
    for p in range(k):
        conn[:, p] = w[:, part == p].sum(axis=1)
    size = np.bincount(part, minlength=k)
    while True:
        m = conn - conn[np.arange(n), part][:, None]
        move = np.where(size[None, :] < cap, m, -1)
        v, p = divmod(int(np.argmax(move)), k)
        swap = m[:, part] + m[:, part].T - 2 * w
        swap[part[:, None] == part[None, :]] = -1
        a, b = divmod(int(np.argmax(swap)), n)
        if max(move[v, p], swap[a, b]) <= 0:
            return part
        if move[v, p] >= swap[a, b]:
            changes = [(v, int(p))]
        else:
            changes = [(a, int(part[b])), (b, int(part[a]))]
        for x, target in changes:
            conn[:, part[x]] -= w[:, x]
            conn[:, target] += w[:, x]
            size[part[x]] -= 1
            size[target] += 1
            part[x] = target


def baseline_parts(w: np.ndarray, k: int) -> np.ndarray:
    n = len(w)
    nbrs = [np.flatnonzero(w[v]).tolist() for v in range(n)]
    start = min(range(n), key=lambda v: (len(nbrs[v]), v))
    order, seen = [start], {start}
    for v in order:
        for u in nbrs[v]:
            if u not in seen:
                seen.add(u)
                order.append(u)
    chunk = math.ceil(n / k)
    part = np.zeros(n, dtype=np.int64)
    for index, v in enumerate(order):
        part[v] = index // chunk
    return part


def make_case(rng: random.Random, kind: str, n: int, degree: float, wmax: int, k: int, eps: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    edges = base_graph(rng, kind, n, degree)
    cap = capacity(n, k, eps)
    case = {"n": n, "k": k, "cap": cap, "edges": [[u, v, rng.randint(1, wmax)] for u, v in edges]}
    w = weights(case)
    start = baseline_parts(w, k)
    best = descend(w, start, k, cap)
    best_cut = cut_weight(w, best)
    for _ in range(ILS_ROUNDS):
        trial = best.copy()
        for _ in range(KICK):
            a, b = search_rng.randrange(n), search_rng.randrange(n)
            trial[a], trial[b] = trial[b], trial[a]
        trial = descend(w, trial, k, cap)
        cut = cut_weight(w, trial)
        if cut <= best_cut:
            best, best_cut = trial, cut
    case["baseline"], case["reference"] = cut_weight(w, start), best_cut
    return case if best_cut < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count, top = int(params["cases"]), int(params["n"])
    cases = []
    for index in range(count):
        n = round(top * (0.6 + 0.4 * index / max(1, count - 1)))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), int(params["wmax"]),
                             int(params["k"]), float(params["eps"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
