"""Test cases for the ahc_stacks family: `case_NN.txt`, each the exact stdin of one case.

n boxes numbered 1..n stand in m stacks, at most `cap` boxes per stack. Kinds of initial layout:
- `random`: a random permutation dealt into m stacks of (almost) equal height (as in AHC026);
- `runs`: the permutation is made of short runs of consecutive numbers, each run placed top-down in
  increasing order, so moving whole runs at once pays (the sorted structure is there to be found);
- `uneven`: random stack heights (some stacks nearly full, some nearly empty), which makes capacity bind.
Params: n, m, cap (cap * (m - 1) >= n, so there is always room elsewhere), overhead (the fixed part of a move's cost), kind, cases.
"""
from __future__ import annotations

import random
from pathlib import Path


def layout(rng: random.Random, n: int, m: int, cap: int, kind: str) -> list[list[int]]:
    """Stacks bottom to top."""
    if kind == "runs":
        boxes, start = [], 1
        while start <= n:
            length = min(n - start + 1, rng.randint(2, 8))
            boxes.append(list(range(start, start + length)))
            start += length
        rng.shuffle(boxes)
        order = [box for run in boxes for box in reversed(run)]  # bottom to top: the smallest of a run on top
    else:
        order = list(range(1, n + 1))
        rng.shuffle(order)
    if kind == "uneven":
        heights = [0] * m
        for _ in range(n):
            weights = [0 if h >= cap else (1 + 3 * (s % 3 == 0)) for s, h in enumerate(heights)]
            heights[rng.choices(range(m), weights)[0]] += 1
    else:
        heights = [n // m + (s < n % m) for s in range(m)]
    stacks, at = [], 0
    for h in heights:
        stacks.append(order[at:at + h])
        at += h
    return stacks


def case_text(rng: random.Random, params: dict) -> str:
    n, m, overhead = int(params["n"]), int(params["m"]), int(params["overhead"])
    cap = int(params["cap"])
    stacks = layout(rng, n, m, cap, params["kind"])
    rows = [f"{n} {m} {cap} {overhead}"] + [" ".join(map(str, [len(s)] + s)) for s in stacks]
    return "\n".join(rows) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
