"""Test cases for the ahc_mapf family: `case_NN.txt`, each the exact stdin of one case.

An h x w grid of '.' (free) and '#' (blocked) cells and n robots, each with a start and a goal: 2n distinct
free cells, all in one connected area (free cells cut off from it are blocked). Kinds of map:
- `random`: every cell blocked with probability `density`;
- `warehouse`: shelf rows two cells thick with gaps, like a fulfilment centre: long one-lane corridors
  where robots must queue or detour;
- `rooms`: wall lines every 5-8 cells with one door per wall segment, plus scattered blocks at `density`:
  doors are bottlenecks every route must share.
Params: h, w, kind, density, n, horizon (T, the turn limit), cases.
"""
from __future__ import annotations

import itertools
import random
from collections import deque
from pathlib import Path


def grid_map(rng: random.Random, h: int, w: int, kind: str, density: float) -> list[list[bool]]:
    """blocked[r][c]."""
    blocked = [[rng.random() < density for _ in range(w)] for _ in range(h)]
    if kind == "warehouse":
        for r0 in range(2, h - 3, 4):
            for c in range(2, w - 2):
                if c % rng.randint(7, 10) != 0:
                    blocked[r0][c] = blocked[r0 + 1][c] = True
    elif kind == "rooms":
        rows = list(range(rng.randint(5, 8), h - 2, rng.randint(5, 8)))
        cols = list(range(rng.randint(5, 8), w - 2, rng.randint(5, 8)))
        for r in rows:
            blocked[r] = [True] * w
        for c in cols:
            for r in range(h):
                blocked[r][c] = True
        for line, length, cross, vertical in [(r, w, cols, False) for r in rows] + [(c, h, rows, True) for c in cols]:
            bounds = [-1] + cross + [length]
            for a, b in itertools.pairwise(bounds):
                if b - a > 1:
                    k = rng.randrange(a + 1, b)
                    r, c = (k, line) if vertical else (line, k)
                    blocked[r][c] = False
    return blocked


def largest_area(blocked: list[list[bool]]) -> set[tuple[int, int]]:
    h, w = len(blocked), len(blocked[0])
    seen: set = set()
    best: set = set()
    for r in range(h):
        for c in range(w):
            if blocked[r][c] or (r, c) in seen:
                continue
            area, queue = {(r, c)}, deque([(r, c)])
            while queue:
                cr, cc = queue.popleft()
                for nr, nc in ((cr - 1, cc), (cr + 1, cc), (cr, cc - 1), (cr, cc + 1)):
                    if 0 <= nr < h and 0 <= nc < w and not blocked[nr][nc] and (nr, nc) not in area:
                        area.add((nr, nc))
                        queue.append((nr, nc))
            seen |= area
            if len(area) > len(best):
                best = area
    return best


def case_text(rng: random.Random, params: dict) -> str:
    h, w, n = int(params["h"]), int(params["w"]), int(params["n"])
    area = largest_area(grid_map(rng, h, w, params["kind"], float(params["density"])))
    cells = rng.sample(sorted(area), 2 * n)
    rows = ["".join("." if (r, c) in area else "#" for c in range(w)) for r in range(h)]
    lines = [f"{h} {w} {n} {int(params['horizon'])}"] + rows
    lines += [f"{sr} {sc} {gr} {gc}" for (sr, sc), (gr, gc) in zip(cells[:n], cells[n:])]
    return "\n".join(lines) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
