"""Multi-way number partitioning test cases (min spread), each with a baseline and a strong reference.

A case is n positive integers and a number of parts k; an answer puts every number into one of the k parts,
and its spread is the largest part sum minus the smallest (an empty part sums to 0). Number kinds:
- `uniform`: uniform in 1..10^12 (the hard regime for differencing once n/k is small);
- `loguniform`: 10^u with u uniform in 0..12, rounded: a few huge numbers and many small ones;
- `close`: 10^12 plus a uniform offset in 0..10^9, so a balanced part needs a balanced count as well.
Scores use the log scale value = log2(1 + spread): the spreads of good and bad answers differ by many
orders of magnitude, and a linear scale would hand out almost all of 0..100 for the first good idea. Per
case (`baseline` and `reference` are such log values; `*_spread` keep the raw spreads):
- `baseline`: the greedy (largest number first into the part with the smallest sum, ties to the lowest part);
- `reference`: Karmarkar and Karp's k-way largest differencing method, or the greedy when it is better,
  then a descent that moves one number, or swaps two, between the largest and the smallest part while that
  lowers the spread.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import bisect
import heapq
import json
import math
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
DESCENT_STEPS = 2000
RESIDUALS = 34
PAIR_RESIDUALS = 22
BALANCE_STEPS = 400


def draw_numbers(rng: random.Random, kind: str, n: int) -> list[int]:
    if kind == "uniform":
        return [rng.randint(1, 10**12) for _ in range(n)]
    if kind == "loguniform":
        return [max(1, round(10 ** rng.uniform(0, 12))) for _ in range(n)]
    if kind == "close":
        return [10**12 + rng.randint(0, 10**9) for _ in range(n)]
    raise ValueError(f"unknown kind {kind!r}")


def spread(numbers: list[int], labels: list[int], k: int) -> int:
    sums = [0] * k
    for x, label in zip(numbers, labels):
        sums[label] += x
    return max(sums) - min(sums)


def greedy(numbers: list[int], k: int) -> list[int]:
    labels = [0] * len(numbers)
    sums = [0] * k
    for i in sorted(range(len(numbers)), key=lambda i: (-numbers[i], i)):
        part = min(range(k), key=lambda p: (sums[p], p))
        labels[i] = part
        sums[part] += numbers[i]
    return labels


def differencing(numbers: list[int], k: int) -> list[int]:
    """Karmarkar-Karp for k parts: merge the two k-tuples of largest range, largest part with smallest."""
    heap = []
    for i, x in enumerate(numbers):
        parts = [(x, (i,))] + [(0, ())] * (k - 1)
        heap.append((-x, i, parts))
    heapq.heapify(heap)
    tick = len(numbers)
    while len(heap) > 1:
        _, _, a = heapq.heappop(heap)
        _, _, b = heapq.heappop(heap)
        merged = sorted(((sa + sb, ia + ib) for (sa, ia), (sb, ib) in zip(a, reversed(b))),
                        key=lambda part: -part[0])
        heapq.heappush(heap, (merged[-1][0] - merged[0][0], tick, merged))
        tick += 1
    labels = [0] * len(numbers)
    for part, (_, items) in enumerate(heap[0][2]):
        for i in items:
            labels[i] = part
    return labels


def descend(numbers: list[int], labels: list[int], k: int) -> list[int]:
    """Moves and swaps between the largest and the smallest part, the one that best halves their gap."""
    labels = labels[:]
    current = spread(numbers, labels, k)
    for _ in range(DESCENT_STEPS):
        sums = [0] * k
        for x, label in zip(numbers, labels):
            sums[label] += x
        hi = max(range(k), key=lambda p: (sums[p], -p))
        lo = min(range(k), key=lambda p: (sums[p], p))
        gap = sums[hi] - sums[lo]
        low_items = sorted((numbers[i], i) for i in range(len(numbers)) if labels[i] == lo)
        low_values = [x for x, _ in low_items]
        candidates = []
        for i in range(len(numbers)):
            if labels[i] != hi:
                continue
            candidates.append((abs(2 * numbers[i] - gap), i, -1))
            at = bisect.bisect_left(low_values, numbers[i] - gap // 2)
            for j in (at - 1, at):
                if 0 <= j < len(low_items) and low_values[j] < numbers[i]:
                    candidates.append((abs(2 * (numbers[i] - low_values[j]) - gap), i, low_items[j][1]))
        improved = False
        for _, i, j in sorted(candidates)[:4]:
            trial = labels[:]
            trial[i] = lo
            if j >= 0:
                trial[j] = hi
            value = spread(numbers, trial, k)
            if value < current:
                labels, current, improved = trial, value, True
                break
        if not improved:
            break
    return labels


def signed_sums(values: list[int], fix_first: bool) -> tuple[np.ndarray, np.ndarray]:
    """Every sum of +-values (the first one taken + if `fix_first`), and the bit masks of the values taken
    negatively."""
    sums, masks = np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64)
    for bit, x in enumerate(values):
        if bit == 0 and fix_first:
            sums = sums + x
            continue
        sums, masks = np.concatenate([sums + x, sums - x]), np.concatenate([masks, masks | (1 << bit)])
    return sums, masks


def two_way(values: list[int], residuals: int) -> list[int]:
    """Sides (0/1) of a 2-way split of `values` with a small difference: Karmarkar-Karp differencing until
    `residuals` signed combinations are left, then the best signs for those by meeting in the middle (every
    sign choice of each half summed, the pair of halves whose sums cancel best)."""
    heap = [(-x, i, ((i, 1),)) for i, x in enumerate(values)]
    heapq.heapify(heap)
    tick = len(values)
    while len(heap) > residuals:
        a, _, first = heapq.heappop(heap)
        b, _, second = heapq.heappop(heap)
        heapq.heappush(heap, (a - b, tick, first + tuple((i, -s) for i, s in second)))
        tick += 1
    items = sorted(heap, key=lambda item: item[1])
    left_values = [-x for x, _, _ in items]
    half = (len(items) + 1) // 2
    left, left_masks = signed_sums(left_values[:half], True)
    right, right_masks = signed_sums(left_values[half:], False)
    order = np.argsort(right, kind="stable")
    right, right_masks = right[order], right_masks[order]
    at = np.searchsorted(right, -left)
    best_gap, best = -1, (0, 0)
    for pick in (np.minimum(at, len(right) - 1), np.maximum(at - 1, 0)):
        gaps = np.abs(left + right[pick])
        arg = int(np.argmin(gaps))
        if best_gap < 0 or int(gaps[arg]) < best_gap:
            best_gap, best = int(gaps[arg]), (int(left_masks[arg]), int(right_masks[pick[arg]]))
    sides = [0] * len(values)
    for r, (_, _, members) in enumerate(items):
        flip = (best[0] >> r) & 1 if r < half else (best[1] >> (r - half)) & 1
        for i, sign in members:
            sides[i] = int((sign < 0) != bool(flip))
    return sides


def balance(numbers: list[int], labels: list[int], k: int) -> list[int]:
    """Re-split the numbers of the largest and the smallest part between those two by `two_way`, while
    that lowers the spread (at most BALANCE_STEPS times)."""
    labels = labels[:]
    current = spread(numbers, labels, k)
    for _ in range(BALANCE_STEPS if k > 2 else 1):
        sums = [0] * k
        for x, label in zip(numbers, labels):
            sums[label] += x
        hi = max(range(k), key=lambda p: (sums[p], -p))
        lo = min(range(k), key=lambda p: (sums[p], p))
        items = [i for i in range(len(numbers)) if labels[i] in (hi, lo)]
        sides = two_way([numbers[i] for i in items], RESIDUALS if k == 2 else PAIR_RESIDUALS)
        trial = labels[:]
        for i, side in zip(items, sides):
            trial[i] = lo if side else hi
        value = spread(numbers, trial, k)
        if value >= current:
            break
        labels, current = trial, value
    return labels


def reference_labels(numbers: list[int], k: int) -> list[int]:
    """The better of differencing and the greedy, balanced pairwise, then the move/swap descent."""
    start = min((differencing(numbers, k), greedy(numbers, k)), key=lambda labels: spread(numbers, labels, k))
    return descend(numbers, balance(numbers, start, k), k)


def make_case(rng: random.Random, kind: str, n: int, k: int) -> dict | None:
    numbers = draw_numbers(rng, kind, n)
    base_labels = greedy(numbers, k)
    base = spread(numbers, base_labels, k)
    ref = spread(numbers, reference_labels(numbers, k), k)
    if ref >= base:
        return None
    return {"n": n, "k": k, "numbers": numbers, "baseline": math.log2(1 + base),
            "reference": math.log2(1 + ref), "baseline_spread": base, "reference_spread": ref}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, params["kind"], int(params["n"]), int(params["k"]))
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
