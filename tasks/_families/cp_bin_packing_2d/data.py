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
- `reference`: the better of two order searches, each over four item orders (by height, area, width,
  perimeter) and then SWAPS // n (at least 4) fixed random swaps of the best order, kept when the value does
  not grow: skyline first fit (each item in the first bin whose skyline lets it in, at the lowest y then
  smallest x; a new bin when none does) and bottom-left fill (the same on the bins' free cells, so holes
  under earlier items are filled too).
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

SWAPS = 600  # random swaps per search: SWAPS // n (at least 4), so a member's data takes about a second


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


def bottom_left_fill(items: list[list[int]], width: int, height: int,
                     order: list[int]) -> list[tuple[int, int, int]]:
    """Bottom-left fill on occupancy grids: each item into the first bin with room for it anywhere, holes
    under earlier items included, at the lowest y then smallest x; a new bin when none has room. Room is
    read off a summed-area table of the bin's occupied cells. Returns (bin, x, y) per item."""
    grids: list[np.ndarray] = []
    tables: list[np.ndarray] = []
    room: list[int] = []
    where = [(0, 0, 0)] * len(items)
    for i in order:
        w, h = items[i]
        b, spot = 0, None
        while spot is None:
            if b == len(grids):
                grids.append(np.zeros((height, width), dtype=np.int32))
                tables.append(np.zeros((height + 1, width + 1), dtype=np.int32))
                room.append(width * height)
            if room[b] >= w * h:
                s = tables[b]  # occupied cells of the w x h window at (x, y), for every x, y at once
                window = s[h:, w:] - s[:height - h + 1, w:] - s[h:, :width - w + 1] + s[:height - h + 1, :width - w + 1]
                free = np.flatnonzero(window.ravel() == 0)  # row-major: lowest y first, then smallest x
                if free.size:
                    spot = divmod(int(free[0]), width - w + 1)
                    continue
            b += 1
        y, x = spot
        grids[b][y:y + h, x:x + w] = 1
        tables[b][1:, 1:] = grids[b].cumsum(axis=0).cumsum(axis=1)
        room[b] -= w * h
        where[i] = (b, x, y)
    return where


def order_search(n: int, pack_value, keys: list, trials: int, rng: random.Random) -> float:
    """Best value of `pack_value(order)` over the orders sorted by `keys`, then `trials` random swaps of the
    best order, each kept when the value does not grow."""
    orders = [sorted(range(n), key=k) for k in keys]
    best, best_order = min(((pack_value(o), o) for o in orders), key=lambda t: t[0])
    for _ in range(trials):
        trial = best_order[:]
        a, b = rng.randrange(n), rng.randrange(n)
        trial[a], trial[b] = trial[b], trial[a]
        v = pack_value(trial)
        if v <= best:
            best, best_order = v, trial
    return best


def reference_value(items: list[list[int]], width: int, height: int, rng: random.Random) -> float:
    n, area = len(items), width * height
    keys = [lambda i: (-items[i][1], -items[i][0]), lambda i: (-items[i][0] * items[i][1], i),
            lambda i: (-items[i][0], -items[i][1]), lambda i: (-(items[i][0] + items[i][1]), i)]
    trials = max(4, SWAPS // n)
    skyline = order_search(n, lambda o: value(items, skyline_first_fit(items, width, height, o), area), keys,
                           trials, rng)
    fill = order_search(n, lambda o: value(items, [b for b, _, _ in bottom_left_fill(items, width, height, o)],
                                           area), keys, trials, rng)
    return min(skyline, fill)


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
