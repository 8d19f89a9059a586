"""Test cases for the ahc_fuel family: `case_NN.txt`, each the exact stdin of one case.

An h x w map of terrain: entering a cell costs its digit (1..9) in fuel, '#' is impassable. Kinds of map:
- `hills`: a smooth random cost field (a few random bumps summed), cheap valleys between costly ridges;
- `swamp`: cost 1 almost everywhere, with swamp patches costing 6..9 that are worth walking around;
- `rocky`: uniform random costs 1..9 with impassable rocks at 10%.
Passable cells cut off from the base become rock. s fuel stations lie on distinct passable cells, station 0
is the base where the vehicle starts with a full tank of `cap`; k treasures of value 1..`vmax` lie on other
distinct passable cells. Params: h, w, kind, cap, horizon (T, the turn limit), stations, k, vmax, cases.
"""
from __future__ import annotations

import math
import random
from collections import deque
from pathlib import Path


def terrain(rng: random.Random, h: int, w: int, kind: str) -> list[list[int]]:
    """cost[r][c] in 1..9, or 0 for rock."""
    if kind == "hills":
        bumps = [(rng.uniform(0, h), rng.uniform(0, w), rng.uniform(2, 6), rng.uniform(-1, 1)) for _ in range(12)]
        field = [[sum(a * math.exp(-((r - br) ** 2 + (c - bc) ** 2) / (2 * s * s)) for br, bc, s, a in bumps)
                  for c in range(w)] for r in range(h)]
        low = min(map(min, field))
        high = max(map(max, field))
        return [[1 + min(8, int(9 * (v - low) / (high - low + 1e-9))) for v in row] for row in field]
    if kind == "swamp":
        cost = [[1] * w for _ in range(h)]
        for _ in range(h * w // 60):
            pr, pc, radius = rng.randrange(h), rng.randrange(w), rng.uniform(1, 3.5)
            for r in range(h):
                for c in range(w):
                    if (r - pr) ** 2 + (c - pc) ** 2 <= radius * radius:
                        cost[r][c] = rng.randint(6, 9)
        return cost
    return [[0 if rng.random() < 0.1 else rng.randint(1, 9) for _ in range(w)] for _ in range(h)]


def reachable(cost: list[list[int]], start: tuple[int, int]) -> set[tuple[int, int]]:
    h, w = len(cost), len(cost[0])
    seen, queue = {start}, deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < h and 0 <= nc < w and cost[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return seen


def case_text(rng: random.Random, params: dict) -> str:
    h, w = int(params["h"]), int(params["w"])
    stations, k, vmax = int(params["stations"]), int(params["k"]), int(params["vmax"])
    while True:
        cost = terrain(rng, h, w, params["kind"])
        base = (rng.randrange(h), rng.randrange(w))
        if cost[base[0]][base[1]]:
            area = reachable(cost, base)
            if len(area) >= 0.6 * h * w:
                break
    others = rng.sample(sorted(area - {base}), stations - 1 + k)
    spots, treasures = [base] + others[:stations - 1], others[stations - 1:]
    rows = ["".join(str(cost[r][c]) if (r, c) in area else "#" for c in range(w)) for r in range(h)]
    lines = [f"{h} {w} {int(params['cap'])} {int(params['horizon'])} {stations} {k}"] + rows
    lines += [f"{r} {c}" for r, c in spots] + [f"{r} {c} {rng.randint(1, vmax)}" for r, c in treasures]
    return "\n".join(lines) + "\n"


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(int(params["cases"])):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng, params), encoding="utf-8")
