"""Weighted max-cut test cases, each with a baseline and a strong reference cut weight.

Random graphs with positive weights (1..100), with signed weights (+-1 or +-1..100, spin-glass style) and
toroidal grids with +-1 couplings; vertex labels shuffled. Per case:
- `baseline`: one-pass greedy in input order (each vertex joins the side that cuts more weight towards
  the vertices placed before it; ties to side 0);
- `reference`: the baseline improved by single-vertex flips to a local optimum, then iterated local search
  (flip a few random vertices, descend again, keep the result unless it is worse), a fixed number of rounds.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

# (kind, n or grid side, m or None, weights): pos -> 1..100, pm1 -> +-1, pm100 -> +-(1..100)
SHAPES = (
    ("gnm", 200, 1000, "pos"), ("gnm", 400, 4000, "pos"), ("gnm", 800, 4000, "pos"), ("gnm", 1000, 10000, "pos"),
    ("gnm", 300, 1500, "pm1"), ("gnm", 800, 8000, "pm1"), ("torus", 20, None, "pm1"), ("torus", 30, None, "pm1"),
    ("torus", 40, None, "pm1"), ("gnm", 500, 3000, "pm100"), ("gnm", 1000, 6000, "pm100"),
    ("gnm", 600, 1800, "pos"),
)
ILS_ROUNDS = 6000
KICK = 4  # vertices flipped per perturbation


def weight_of(rng: random.Random, kind: str) -> int:
    if kind == "pos":
        return rng.randint(1, 100)
    magnitude = 1 if kind == "pm1" else rng.randint(1, 100)
    return magnitude if rng.random() < 0.5 else -magnitude


def draw_graph(rng: random.Random, kind: str, size: int, m: int | None, weights: str) -> tuple[int, list[list[int]]]:
    if kind == "torus":
        n = size * size
        pairs = set()
        for r in range(size):
            for c in range(size):
                v = r * size + c
                for u in (r * size + (c + 1) % size, ((r + 1) % size) * size + c):
                    pairs.add((min(u, v), max(u, v)))
    else:
        n, pairs = size, set()
        while len(pairs) < m:
            u, v = rng.randrange(n), rng.randrange(n)
            if u != v:
                pairs.add((min(u, v), max(u, v)))
    perm = list(range(n))
    rng.shuffle(perm)
    edges = sorted([min(perm[u], perm[v]), max(perm[u], perm[v]), weight_of(rng, weights)] for u, v in sorted(pairs))
    return n, edges


def cut_weight(edges: list[list[int]], side: list[int]) -> int:
    return sum(w for u, v, w in edges if side[u] != side[v])


def greedy(n: int, nbrs: list[list[tuple[int, int]]]) -> list[int]:
    side = [-1] * n
    for v in range(n):
        towards = [0, 0]  # weight to placed vertices on side 0 / 1
        for u, w in nbrs[v]:
            if side[u] >= 0:
                towards[side[u]] += w
        side[v] = 1 if towards[0] > towards[1] else 0
    return side


def reference_cut(n: int, nbrs: list[list[tuple[int, int]]], side: list[int], rng: random.Random) -> list[int]:
    side = list(side)
    # gain[v]: change of the cut weight if v flips = same-side weight - other-side weight
    gain = [sum(w if side[u] == side[v] else -w for u, w in nbrs[v]) for v in range(n)]

    def flip(v: int) -> None:
        side[v] ^= 1
        gain[v] = -gain[v]
        for u, w in nbrs[v]:
            gain[u] += 2 * w if side[u] == side[v] else -2 * w

    def descend(todo: list[int]) -> None:
        stack = list(todo)
        while stack:
            v = stack.pop()
            if gain[v] > 0:
                flip(v)
                stack.extend(u for u, _ in nbrs[v])

    descend(list(range(n)))
    for _ in range(ILS_ROUNDS):
        flipped = []
        kicked = [rng.randrange(n) for _ in range(KICK)]
        total = 0
        for v in kicked:
            total += gain[v]
            flip(v)
            flipped.append(v)
        stack = [u for v in kicked for u, _ in nbrs[v]] + kicked
        while stack:
            v = stack.pop()
            if gain[v] > 0:
                total += gain[v]
                flip(v)
                flipped.append(v)
                stack.extend(u for u, _ in nbrs[v])
        if total < 0:
            for v in reversed(flipped):
                flip(v)
    return side


def make_case(rng: random.Random, kind: str, size: int, m: int | None, weights: str) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    n, edges = draw_graph(rng, kind, size, m, weights)
    nbrs: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        nbrs[u].append((v, w))
        nbrs[v].append((u, w))
    start = greedy(n, nbrs)
    baseline = cut_weight(edges, start)
    reference = cut_weight(edges, reference_cut(n, nbrs, start, search_rng))
    if reference <= baseline:
        return None
    return {"n": n, "edges": edges, "baseline": baseline, "reference": reference}


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for shape in SHAPES:
        case = None
        while case is None:
            case = make_case(rng, *shape)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
