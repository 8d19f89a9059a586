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
- `reference`: where the generator planted a perfect packing (triplet, planted), that packing's bin count
  (optimal: every bin is full); otherwise the fewest bins of first fit decreasing, best fit decreasing and
  minimum bin slack (each bin opened with the largest unpacked item and filled by a depth-first search,
  capped at MBS_NODES nodes a bin, for the subset of the rest leaving the least room), improved by Levine
  and Ducatelle's dominance local search with random kicks (`repack`, `reduce_bins`; the random numbers
  come from a generator seeded with the case's weights, so the case stays reproducible from itself).
A draw on which first fit decreasing already meets Martello and Toth's lower bound L2 (so it is optimal
and no answer could score past that textbook rule), or whose reference does not beat its baseline, is
replaced by the next draw.
"""
from __future__ import annotations

import bisect
import json
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
MBS_NODES = 200
SWAP_PASSES = 30
VICTIMS = 4
KICKS = 20


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


def min_bin_slack(weights: list[int], capacity: int) -> list[list[int]]:
    """Bins of Gupta and Ho's minimum bin slack heuristic: each bin opened with the largest unpacked item."""
    order = sorted(weights, reverse=True)
    bins = []
    while order:
        pool = order[1:]
        used = set(fullest_subset(pool, capacity - order[0]))
        bins.append([order[0]] + [x for k, x in enumerate(pool) if k in used])
        order = [x for k, x in enumerate(pool) if k not in used]
    return bins


def decreasing_fit(weights: list[int], capacity: int, best: bool) -> list[list[int]]:
    """First (or best) fit decreasing, as bins of weights."""
    bins: list[list[int]] = []
    loads: list[int] = []
    for w in sorted(weights, reverse=True):
        fits = [k for k, load in enumerate(loads) if load + w <= capacity]
        if not fits:
            bins.append([w])
            loads.append(w)
            continue
        k = max(fits, key=lambda k: (loads[k], -k)) if best else fits[0]
        bins[k].append(w)
        loads[k] += w
    return bins


def small_subsets(items: list[int]) -> list[tuple[int, tuple[int, ...]]]:
    """(sum, indices) of every single item and every pair, sorted by sum."""
    found = [(x, (i,)) for i, x in enumerate(items)]
    found += [(items[i] + items[j], (i, j)) for i in range(len(items)) for j in range(i + 1, len(items))]
    return sorted(found)


def repack(bins: list[list[int]], victims: int, capacity: int, extra: tuple[int, ...] = ()) -> list[list[int]]:
    """Levine and Ducatelle's dominance local search: the items of the `victims` least filled bins form a
    pool; each other bin in turn first takes the pool items that fit, then trades one or two of its items for
    one or two pool items of larger total that still fit (the trade filling it most), so the pool items get
    smaller while the bins get fuller (bins listed in `extra`, by their rank in that order, join the pool
    too); passes repeat while they change something (at most SWAP_PASSES), and
    whatever is left of the pool is packed first fit decreasing into new bins."""
    bins = sorted(bins, key=lambda b: (sum(b), sorted(b)))
    chosen = set(range(victims)) | set(extra)
    pool = [x for k, b in enumerate(bins) if k in chosen for x in b]
    rest = [b[:] for k, b in enumerate(bins) if k not in chosen]
    options: list = []
    sums: list[int] = []
    stale = True
    for _ in range(SWAP_PASSES):
        changed = False
        for b in rest:
            room = capacity - sum(b)
            for x in sorted(pool, reverse=True):
                if x <= room:
                    b.append(x)
                    pool.remove(x)
                    room -= x
                    changed = stale = True
            if not pool:
                return rest
            if stale:
                options = small_subsets(pool)
                sums = [s for s, _ in options]
                stale = False
            best = None
            for s, mine in small_subsets(b):
                at = bisect.bisect_right(sums, s + room) - 1
                if at >= 0 and sums[at] > s and (best is None or sums[at] - s > best[0]):
                    best = (sums[at] - s, mine, options[at][1])
            if best is not None:
                _, mine, theirs = best
                given = [b[i] for i in mine]
                taken = [pool[i] for i in theirs]
                for i in sorted(mine, reverse=True):
                    b.pop(i)
                for i in sorted(theirs, reverse=True):
                    pool.pop(i)
                b += taken
                pool += given
                changed = stale = True
        if not changed:
            break
    return rest + decreasing_fit(pool, capacity, False)


def reduce_bins(bins: list[list[int]], capacity: int, rng: random.Random) -> list[list[int]]:
    """`repack` the 1, 2, .. VICTIMS least filled bins, restarting from 1 after each repacking that saves a
    bin; when none saves one, perturb: repack the least filled bin together with two random others and keep
    the result unless it uses more bins (at most KICKS times). Stops early at ceil(total / capacity)."""
    floor = -(-sum(sum(b) for b in bins) // capacity)
    kicks = 0
    while len(bins) > floor and kicks <= KICKS:
        for victims in range(1, min(VICTIMS, len(bins)) + 1):
            packed = repack(bins, victims, capacity)
            if len(packed) < len(bins):
                bins = packed
                break
        else:
            kicks += 1
            if len(bins) < 3:
                break
            packed = repack(bins, 1, capacity, tuple(rng.sample(range(1, len(bins)), 2)))
            if len(packed) <= len(bins):
                bins = packed
    return bins


def lower_bound(weights: list[int], capacity: int) -> int:
    """Martello and Toth's bound L2: for each threshold K, the items above C - K need a bin each, those in
    (C/2, C - K] too, and the items in [K, C/2] fit only into those bins' free room or into new bins."""
    w = np.array(weights, dtype=np.int64)
    best = -(-int(w.sum()) // capacity)
    for k in np.unique(np.concatenate([[0], w[2 * w <= capacity]])):
        big = w > capacity - k
        middle = (w <= capacity - k) & (2 * w > capacity)
        small = (2 * w <= capacity) & (w >= k)
        free = int(middle.sum()) * capacity - int(w[middle].sum())
        best = max(best, int(big.sum() + middle.sum()) + max(0, -(-(int(w[small].sum()) - free) // capacity)))
    return best


def reference_bins(weights: list[int], capacity: int) -> list[list[int]]:
    """The fewest bins of first fit decreasing, best fit decreasing and minimum bin slack (the first of
    those on a tie), reduced by `reduce_bins`."""
    starts = [decreasing_fit(weights, capacity, False), decreasing_fit(weights, capacity, True),
              min_bin_slack(weights, capacity)]
    rng = random.Random(" ".join(map(str, [capacity] + weights)))
    return reduce_bins(min(starts, key=len), capacity, rng)


def make_case(rng: random.Random, kind: str, n: int) -> dict | None:
    capacity, weights, planted = draw_items(rng, kind, n)
    baseline = first_fit(weights, capacity)
    if first_fit(sorted(weights, reverse=True), capacity) <= lower_bound(weights, capacity):
        return None  # first fit decreasing is provably optimal here: no answer could score past it
    # a planted perfect packing is optimal: no search could use fewer bins
    reference = planted if planted is not None else len(reference_bins(weights, capacity))
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
