"""2D rectangle bin packing test cases (no rotation, fewest bins), each with a baseline and a strong
reference value.

Bins W x H, n rectangles w x h. The value of a packing is (bins used - 1) + (fill of its emptiest bin), the
fill being the rectangles' area in that bin over W * H: fewer bins always wins, and at the same number of
bins an almost empty last bin (one step from saving a bin) is better. Kinds, after Berkey and Wang's and
Martello and Vigo's classes: `random` (sides uniform in 1..W/2 and 1..H/2), `big` (sides in W/3..2W/3),
`small` (sides in 1..W/4), `mixed` (a quarter each of wide, tall, large and small items) and `cut` (`bins`
(a member parameter) full bins, each cut by random guillotine cuts, all pieces shuffled: that many bins
suffice, stored as `optimum_bins`). Per case:
- `baseline`: finite next fit, items by decreasing height into shelves left to right, a new shelf on top of
  the last one, a new bin when the shelf does not fit under H;
- `reference`: skyline first fit (each item in the first bin whose skyline lets it in, at the lowest y
  then smallest x; a new bin when none does) over four item orders (by height, area, width, perimeter)
  and SWAP_TRIALS fixed random swaps of the best order, kept when the value does not grow; the best value.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

SWAP_TRIALS = 15


def guillotine(rng: random.Random, w: int, h: int, pieces: int) -> list[tuple[int, int]]:
    parts = [(w, h)]
    while len(parts) < pieces:
        parts.sort(key=lambda p: p[0] * p[1])
        pw, ph = parts.pop()
        if pw >= ph:
            cut = rng.randint(max(1, pw // 4), max(1, 3 * pw // 4))
            parts += [(cut, ph), (pw - cut, ph)]
        else:
            cut = rng.randint(max(1, ph // 4), max(1, 3 * ph // 4))
            parts += [(pw, cut), (pw, ph - cut)]
    return parts


def draw_items(rng: random.Random, params: dict) -> list[list[int]]:
    kind, n, w, h = params["kind"], int(params["n"]), int(params["width"]), int(params["height"])
    if kind == "cut":
        bins = int(params["bins"])
        sizes = [n // bins + (b < n % bins) for b in range(bins)]
        items = [p for s in sizes for p in guillotine(rng, w, h, s)]
        rng.shuffle(items)
        return [list(p) for p in items]
    ranges = {"random": [(1, w // 2, 1, h // 2)], "big": [(w // 3, 2 * w // 3, h // 3, 2 * h // 3)],
              "small": [(1, w // 4, 1, h // 4)],
              "mixed": [(2 * w // 3, w, 1, h // 2), (1, w // 2, 2 * h // 3, h), (w // 2, w, h // 2, h),
                        (1, w // 2, 1, h // 2)]}[kind]
    items = []
    for _ in range(n):
        a, b, c, d = rng.choice(ranges)
        items.append([rng.randint(a, b), rng.randint(c, d)])
    return items


def value(items: list[list[int]], bin_of: list[int], area: int) -> float:
    fill: dict[int, int] = {}
    for (w, h), b in zip(items, bin_of):
        fill[b] = fill.get(b, 0) + w * h
    return len(fill) - 1 + min(fill.values()) / area


def finite_next_fit(items: list[list[int]], width: int, height: int) -> list[int]:
    order = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
    bin_of = [0] * len(items)
    b, shelf_y, shelf_h, x = 0, 0, 0, 0
    for i in order:
        w, h = items[i]
        if x + w > width:
            shelf_y, shelf_h, x = shelf_y + shelf_h, 0, 0
        if shelf_y + max(shelf_h, h) > height:
            b, shelf_y, shelf_h, x = b + 1, 0, 0, 0
        shelf_h = max(shelf_h, h)
        x += w
        bin_of[i] = b
    return bin_of


def skyline_first_fit(items: list[list[int]], width: int, height: int, order: list[int]) -> list[int]:
    skies: list[np.ndarray] = []
    bin_of = [0] * len(items)
    for i in order:
        w, h = items[i]
        for b, sky in enumerate(skies):
            if int(sky.min()) + h > height:
                continue
            tops = np.lib.stride_tricks.sliding_window_view(sky, w).max(axis=1)
            x = int(np.argmin(tops))
            if tops[x] + h <= height:
                sky[x:x + w] = tops[x] + h
                bin_of[i] = b
                break
        else:
            sky = np.zeros(width, dtype=np.int64)
            sky[:w] = h
            skies.append(sky)
            bin_of[i] = len(skies) - 1
    return bin_of


def reference_value(items: list[list[int]], width: int, height: int, rng: random.Random) -> float:
    n, area = len(items), width * height
    keys = [lambda i: (-items[i][1], -items[i][0]), lambda i: (-items[i][0] * items[i][1], i),
            lambda i: (-items[i][0], -items[i][1]), lambda i: (-(items[i][0] + items[i][1]), i)]
    orders = [sorted(range(n), key=k) for k in keys]
    scored = [(value(items, skyline_first_fit(items, width, height, o), area), o) for o in orders]
    best, best_order = min(scored, key=lambda t: t[0])
    for _ in range(SWAP_TRIALS):
        trial = best_order[:]
        a, b = rng.randrange(n), rng.randrange(n)
        trial[a], trial[b] = trial[b], trial[a]
        v = value(items, skyline_first_fit(items, width, height, trial), area)
        if v <= best:
            best, best_order = v, trial
    return best


def make_case(rng: random.Random, params: dict) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    width, height = int(params["width"]), int(params["height"])
    items = draw_items(rng, params)
    case = {"n": len(items), "width": width, "height": height, "items": items,
            "baseline": value(items, finite_next_fit(items, width, height), width * height),
            "reference": reference_value(items, width, height, search_rng)}
    if params["kind"] == "cut":
        case["optimum_bins"] = int(params["bins"])
    return case if case["reference"] < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
