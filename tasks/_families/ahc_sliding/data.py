"""Test cases for the ahc_sliding family: `case_NN.txt`, each the exact stdin of one case.

An N x N sliding puzzle of coloured tiles (colours 1..C) with one empty cell (0), and a target picture with
the same tiles. Kinds of target:
- `stripes`: horizontal bands of colour, C bands from top to bottom;
- `blocks`: the board split into C rectangular blocks of colour (vertical strips, each split once more);
- `rings`: concentric square rings, colour by ring depth (mod C);
- `random`: a random arrangement (no structure to exploit).
The empty cell of the target is its bottom-right corner; the start is a uniformly random arrangement of the
target's tiles (every arrangement is reachable: two tiles of one colour are interchangeable).
Params: n, colors, budget (M, the most moves allowed), kind, cases.
"""
from __future__ import annotations

import random
from pathlib import Path


def picture(rng: random.Random, n: int, colors: int, kind: str) -> list[int]:
    """Row-major target, 0 at the bottom-right corner."""
    cells = []
    for r in range(n):
        for c in range(n):
            if kind == "stripes":
                cells.append(1 + r * colors // n)
            elif kind == "blocks":
                strip = c * ((colors + 1) // 2) // n
                cells.append(1 + min(colors - 1, 2 * strip + (r >= n // 2)))
            elif kind == "rings":
                cells.append(1 + min(r, c, n - 1 - r, n - 1 - c) % colors)
            else:
                cells.append(rng.randint(1, colors))
    cells[-1] = 0
    return cells


def case_text(rng: random.Random, params: dict) -> str:
    n, colors = int(params["n"]), int(params["colors"])
    target = picture(rng, n, colors, params["kind"])
    start = list(target)
    while start == target:
        rng.shuffle(start)
    rows = [f"{n} {colors} {int(params['budget'])}"]
    rows += [" ".join(map(str, start[r * n:(r + 1) * n])) for r in range(n)]
    rows += [" ".join(map(str, target[r * n:(r + 1) * n])) for r in range(n)]
    return "\n".join(rows) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
