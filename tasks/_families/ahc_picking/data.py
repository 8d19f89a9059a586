"""Test cases for the ahc_picking family: `case_NN.txt`, each the exact stdin of one case.

A warehouse floor of h x w cells: '#' shelves, '.' floor. Kinds of floor:
- `aisles`: shelf columns two cells thick, separated by one-cell aisles, broken by cross aisles every
  `block` rows (a classic picker warehouse: long detours unless the route uses the cross aisles);
- `blocks`: shelf rectangles of assorted sizes scattered over the floor.
The depot is a floor cell on the bottom row. k items lie on distinct floor cells next to a shelf, with
values 1..`vmax` (vmax = 1: all items worth the same). Floor cells cut off from the depot become shelves.
The turn limit is `horizon` turns, set per task so that only part of the items can be delivered.
Params: h, w, kind, k, cap (robot capacity), horizon, vmax, cases.
"""
from __future__ import annotations

import random
from collections import deque
from pathlib import Path


def floor_plan(rng: random.Random, h: int, w: int, kind: str) -> list[list[bool]]:
    """shelf[r][c]; the bottom row stays free."""
    shelf = [[False] * w for _ in range(h)]
    if kind == "aisles":
        block = rng.randint(6, 10)
        for c0 in range(1, w - 2, 3):
            for r in range(1, h - 2):
                if r % block != 0:
                    shelf[r][c0] = shelf[r][c0 + 1] = True
    else:
        while sum(map(sum, shelf)) < 0.3 * h * w:
            bh, bw = rng.randint(1, max(1, h // 4)), rng.randint(1, max(1, w // 4))
            r0, c0 = rng.randrange(h - 1 - bh + 1), rng.randrange(w - bw + 1)
            for r in range(r0, r0 + bh):
                for c in range(c0, c0 + bw):
                    shelf[r][c] = True
    return shelf


def reachable(shelf: list[list[bool]], start: tuple[int, int]) -> set[tuple[int, int]]:
    h, w = len(shelf), len(shelf[0])
    seen, queue = {start}, deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < h and 0 <= nc < w and not shelf[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return seen


def case_text(rng: random.Random, params: dict) -> str:
    h, w, k, vmax = int(params["h"]), int(params["w"]), int(params["k"]), int(params["vmax"])
    shelf = floor_plan(rng, h, w, params["kind"])
    depot = (h - 1, rng.randrange(w))
    floor = reachable(shelf, depot)
    spots = sorted(cell for cell in floor if cell != depot and any(
        0 <= r < h and 0 <= c < w and (r, c) not in floor
        for r, c in ((cell[0] - 1, cell[1]), (cell[0] + 1, cell[1]), (cell[0], cell[1] - 1), (cell[0], cell[1] + 1))))
    items = rng.sample(spots, min(k, len(spots)))
    rows = ["".join("." if (r, c) in floor else "#" for c in range(w)) for r in range(h)]
    head = f"{h} {w} {int(params['cap'])} {int(params['horizon'])} {len(items)} {depot[0]} {depot[1]}"
    lines = [head] + rows + [f"{r} {c} {rng.randint(1, vmax)}" for r, c in items]
    return "\n".join(lines) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
