"""One-dimensional bin packing test cases, each with a baseline and a strong reference bin count.

Instance kinds after the classic benchmark sets (item weights w_i, one capacity C per case):
- `uniform`: Falkenauer's u class, C = 150 and weights uniform in 20..100;
- `triplet`: Falkenauer's t class, C = 1000 and items drawn three at a time so that each triple fills a bin
  exactly, every weight strictly between C/4 and C/2: the optimum is n/3 bins and any bin short of three
  items wastes room, which makes decreasing-order greedies miss it;
- `schwerin`: Schwerin and Waescher's class, C = 1000 and weights in 150..200 (five or six items a bin);
- `planted`: bins of C = 1000 cut at random into 2..6 pieces, so a perfect packing with no slack exists;
- `wide`: C = 1000 and weights in 100..700, where many large items can share a bin only with small ones.
Items are shuffled. Per case:
- `baseline`: first fit in the given order (each item into the first open bin that has room);
- `reference`: the fewest bins of first fit decreasing, best fit decreasing and minimum bin slack (each bin
  opened with the largest unpacked item and filled by a depth-first search, capped at MBS_NODES nodes a
  bin, for the subset of the rest leaving the least room), and, where the generator planted a perfect
  packing (triplet, planted), that packing's bin count when it is smaller.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

DEFAULT_CASES = 8
MAX_DRAWS = 200
MBS_NODES = 200


def draw_items(rng: random.Random, kind: str, n: int) -> tuple[int, list[int], int | None]:
    """(capacity, weights, bins of a planted perfect packing or None)."""
    if kind == "uniform":
        return 150, [rng.randint(20, 100) for _ in range(n)], None
    if kind == "schwerin":
        return 1000, [rng.randint(150, 200) for _ in range(n)], None
    if kind == "wide":
        return 1000, [rng.randint(100, 700) for _ in range(n)], None
    if kind == "triplet":
        weights = []
        for _ in range(n // 3):
            first = rng.randint(380, 490)
            second = rng.randint(251, 1000 - first - 251)
            weights += [first, second, 1000 - first - second]
        rng.shuffle(weights)
        return 1000, weights, n // 3
    if kind == "planted":
        weights: list[int] = []
        bins = 0
        while len(weights) < n:
            pieces = min(rng.randint(2, 6), n - len(weights))
            if pieces < 2:
                pieces = 1
            cuts = sorted(rng.sample(range(1, 1000), pieces - 1))
            parts = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
            weights += parts
            bins += 1
        rng.shuffle(weights)
        return 1000, weights, bins
    raise ValueError(f"unknown kind {kind!r}")


def first_fit(weights: list[int], capacity: int) -> int:
    loads: list[int] = []
    for w in weights:
        for k, load in enumerate(loads):
            if load + w <= capacity:
                loads[k] += w
                break
        else:
            loads.append(w)
    return len(loads)


def best_fit(weights: list[int], capacity: int) -> int:
    loads: list[int] = []
    for w in weights:
        best, room = -1, capacity + 1
        for k, load in enumerate(loads):
            left = capacity - load - w
            if 0 <= left < room:
                best, room = k, left
        if best < 0:
            loads.append(w)
        else:
            loads[best] += w
    return len(loads)


def fullest_subset(pool: list[int], room: int) -> list[int]:
    """Indices of a subset of `pool` (weights, decreasing) that leaves the least of `room`, searched depth
    first with equal weights tried once per depth, stopped at a perfect fill or after MBS_NODES nodes."""
    best_left, best_set = room + 1, []
    chosen: list[int] = []
    nodes = 0

    def search(start: int, left: int) -> bool:
        """Extend `chosen` from pool[start:]; True once the search must stop (perfect fill or node cap)."""
        nonlocal best_left, best_set, nodes
        if left < best_left:
            best_left, best_set = left, chosen[:]
        if best_left == 0 or nodes > MBS_NODES:
            return True
        nodes += 1
        last = -1
        for k in range(start, len(pool)):
            if pool[k] > left or pool[k] == last:
                continue
            last = pool[k]
            chosen.append(k)
            stop = search(k + 1, left - pool[k])
            chosen.pop()
            if stop:
                return True
        return False

    search(0, room)
    return best_set


def min_bin_slack(weights: list[int], capacity: int) -> int:
    """Bins of Gupta and Ho's minimum bin slack heuristic: each bin opened with the largest unpacked item."""
    order = sorted(weights, reverse=True)
    bins = 0
    while order:
        pool = order[1:]
        used = set(fullest_subset(pool, capacity - order[0]))
        order = [x for k, x in enumerate(pool) if k not in used]
        bins += 1
    return bins


def make_case(rng: random.Random, kind: str, n: int) -> dict | None:
    capacity, weights, planted = draw_items(rng, kind, n)
    baseline = first_fit(weights, capacity)
    ordered = sorted(weights, reverse=True)
    reference = min(first_fit(ordered, capacity), best_fit(ordered, capacity), min_bin_slack(weights, capacity),
                    planted or len(weights))
    if reference >= baseline:
        return None
    return {"n": len(weights), "capacity": capacity, "weights": weights, "baseline": baseline,
            "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, params["kind"], int(params["n"]))
            if case is not None:
                break
        else:
            raise RuntimeError(f"no case with reference < baseline in {MAX_DRAWS} draws: {params}")
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
