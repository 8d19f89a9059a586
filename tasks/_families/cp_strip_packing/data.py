"""2D strip packing test cases (rectangles, no rotation, min height), each with a baseline and a strong
reference height.

A strip of integer width W; n rectangles w x h with 1 <= w <= W. Kinds: `random` (w in 1..W/2, h in 1..W/2),
`tall` (narrow, tall items: w in 1..W/6, h in W/4..W), `wide` (flat items: w in W/4..3W/4, h in 1..W/10) and
`cut` (a W x W square cut by random guillotine cuts into exactly n pieces, shuffled: a perfect packing of
height W exists, stored as `optimum`). Per case:
- `baseline`: next-fit decreasing height (NFDH), items by height, filled left to right into shelves, a new
  shelf on top of the last one when an item does not fit;
- `reference`: skyline bottom-left (each item at the lowest y, then smallest x, that the current skyline
  allows) over several item orders (by height, area, width, perimeter, then ORDER_TRIALS fixed random
  swaps of the best order, kept when the height does not grow); the lowest height found.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

ORDER_TRIALS = 60


def draw_items(rng: random.Random, kind: str, n: int, width: int) -> list[list[int]]:
    if kind == "cut":
        pieces = [(width, width)]
        while len(pieces) < n:
            pieces.sort(key=lambda p: p[0] * p[1])
            w, h = pieces.pop()
            if w >= h:
                cut = rng.randint(max(1, w // 4), max(1, 3 * w // 4))
                pieces += [(cut, h), (w - cut, h)]
            else:
                cut = rng.randint(max(1, h // 4), max(1, 3 * h // 4))
                pieces += [(w, cut), (w, h - cut)]
        rng.shuffle(pieces)
        return [list(p) for p in pieces]
    low = {"random": (1, width // 2, 1, width // 2), "tall": (1, width // 6, width // 4, width),
           "wide": (width // 4, 3 * width // 4, 1, width // 10)}[kind]
    return [[rng.randint(low[0], low[1]), rng.randint(low[2], low[3])] for _ in range(n)]


def nfdh(items: list[list[int]], width: int) -> int:
    order = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
    shelf_y, shelf_h, x = 0, 0, 0
    for i in order:
        w, h = items[i]
        if x + w > width:
            shelf_y, shelf_h, x = shelf_y + shelf_h, 0, 0
        shelf_h = max(shelf_h, h)
        x += w
    return shelf_y + shelf_h


def skyline(items: list[list[int]], width: int, order: list[int]) -> int:
    """Height of the bottom-left skyline placement of `order` (holes under the skyline are not reused)."""
    sky = np.zeros(width, dtype=np.int64)
    for i in order:
        w, h = items[i]
        tops = np.lib.stride_tricks.sliding_window_view(sky, w).max(axis=1)  # y if placed at x
        x = int(np.argmin(tops))
        sky[x:x + w] = tops[x] + h
    return int(sky.max())


def reference_height(items: list[list[int]], width: int, rng: random.Random) -> int:
    n = len(items)
    keys = [lambda i: (-items[i][1], -items[i][0]), lambda i: (-items[i][0] * items[i][1], i),
            lambda i: (-items[i][0], -items[i][1]), lambda i: (-(items[i][0] + items[i][1]), i)]
    orders = [sorted(range(n), key=k) for k in keys]
    best_order = min(orders, key=lambda o: skyline(items, width, o))
    best = skyline(items, width, best_order)
    for _ in range(ORDER_TRIALS):
        trial = best_order[:]
        a, b = rng.randrange(n), rng.randrange(n)
        trial[a], trial[b] = trial[b], trial[a]
        height = skyline(items, width, trial)
        if height <= best:
            best, best_order = height, trial
    return best


def make_case(rng: random.Random, kind: str, n: int, width: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    items = draw_items(rng, kind, n, width)
    case = {"n": n, "width": width, "items": items, "baseline": nfdh(items, width),
            "reference": reference_height(items, width, search_rng)}
    if kind == "cut":
        case["optimum"] = width
    return case if case["reference"] < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["width"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
