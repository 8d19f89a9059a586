"""Test cases for the ahc_cover family: `case_NN.txt`, each the exact stdin of one case.

An h x w lawn: '.' grass, '#' obstacles; every grass cell is reachable from the start (cells cut off by
obstacles are turned into obstacles). Kinds of lawn:
- `scatter`: every cell is an obstacle with probability `density`;
- `rooms`: wall lines every 5-9 cells split the lawn into rooms, each wall segment with one or two doors,
  plus scattered obstacles at `density`, so a route must plan which room to finish first;
- `blobs`: obstacle rectangles of assorted sizes covering about `density` of the lawn.
Params: h, w, kind, density, turn (the cost of a 90-degree turn), back (1: the route must end at the start),
cases. The start is a random grass cell.
"""
from __future__ import annotations

import itertools
import random
from collections import deque
from pathlib import Path


def lawn(rng: random.Random, h: int, w: int, kind: str, density: float) -> list[list[bool]]:
    """blocked[r][c]."""
    blocked = [[rng.random() < density for _ in range(w)] for _ in range(h)] if kind != "blobs" else \
        [[False] * w for _ in range(h)]
    if kind == "rooms":
        rows = list(range(rng.randint(5, 9), h - 2, rng.randint(5, 9)))
        cols = list(range(rng.randint(5, 9), w - 2, rng.randint(5, 9)))
        for r in rows:
            blocked[r] = [True] * w
        for c in cols:
            for r in range(h):
                blocked[r][c] = True
        # doors: every wall segment between two crossings (or the border) gets one or two
        for line, length, cross, vertical in [(r, w, cols, False) for r in rows] + [(c, h, rows, True) for c in cols]:
            bounds = [-1] + cross + [length]
            for a, b in itertools.pairwise(bounds):
                for _ in range(rng.randint(1, 2) if b - a > 1 else 0):
                    k = rng.randrange(a + 1, b)
                    r, c = (k, line) if vertical else (line, k)
                    blocked[r][c] = False
    elif kind == "blobs":
        while sum(map(sum, blocked)) < density * h * w:
            bh, bw = rng.randint(1, max(1, h // 5)), rng.randint(1, max(1, w // 5))
            r0, c0 = rng.randrange(h - bh + 1), rng.randrange(w - bw + 1)
            for r in range(r0, r0 + bh):
                for c in range(c0, c0 + bw):
                    blocked[r][c] = True
    return blocked


def component(blocked: list[list[bool]], start: tuple[int, int]) -> set[tuple[int, int]]:
    h, w = len(blocked), len(blocked[0])
    seen, queue = {start}, deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < h and 0 <= nc < w and not blocked[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return seen


def case_text(rng: random.Random, params: dict) -> str:
    h, w = int(params["h"]), int(params["w"])
    while True:
        blocked = lawn(rng, h, w, params["kind"], float(params["density"]))
        free = [(r, c) for r in range(h) for c in range(w) if not blocked[r][c]]
        start = rng.choice(free)
        reach = component(blocked, start)
        if len(reach) >= 0.5 * h * w * (1 - float(params["density"])):  # the start is in the main area
            break
    rows = ["".join("." if (r, c) in reach else "#" for c in range(w)) for r in range(h)]
    head = f"{h} {w} {int(params['turn'])} {int(params['back'])} {start[0]} {start[1]}"
    return "\n".join([head] + rows) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
