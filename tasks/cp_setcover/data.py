"""Weighted set-cover test cases, each with a baseline and a strong reference cover cost.

n elements and m sets; each set draws its elements from a random window of the element range (so sets
overlap locally, as in OR-Library's rail/scp families) plus a few scattered ones; every element lies in
at least two sets. Costs are 1 (unicost), 1..100 uniform, or proportional to the set size with noise.
Per case:
- `baseline`: Chvátal's greedy, repeatedly the set of least cost per newly covered element (ties by
  index) — the textbook heuristic, so a score above 0 needs more than that;
- `reference`: the same greedy with redundant sets removed (most expensive first), then iterated local
  search: drop a fifth of the chosen sets at random, repair with
  the greedy, remove redundant sets, keep the result unless it costs more; a fixed number of rounds.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import heapq
import json
import random
from pathlib import Path

# (elements n, sets m, largest set, cost kind)
SHAPES = (
    (100, 300, 12, "uniform"), (200, 600, 15, "unicost"), (300, 1000, 20, "sized"), (500, 1500, 15, "uniform"),
    (800, 2000, 25, "sized"), (1000, 3000, 20, "uniform"), (1000, 1500, 40, "unicost"), (1500, 4000, 15, "sized"),
    (400, 4000, 8, "uniform"), (2000, 3000, 30, "sized"), (600, 1200, 30, "unicost"), (1200, 2500, 20, "uniform"),
)
ILS_ROUNDS = 200
DROP = 0.2  # share of the chosen sets dropped per round


def draw_instance(rng: random.Random, n: int, m: int, largest: int, costs: str) -> tuple[list[int], list[list[int]]]:
    sets = []
    window = max(largest * 3, n // 10)
    for _ in range(m):
        size = rng.randint(2, largest)
        start = rng.randrange(n)
        members = {(start + rng.randrange(window)) % n for _ in range(size - size // 4)}
        members |= {rng.randrange(n) for _ in range(size // 4)}
        sets.append(members)
    holders = [0] * n
    for members in sets:
        for e in members:
            holders[e] += 1
    for e in range(n):
        while holders[e] < 2:
            s = rng.randrange(m)
            if e not in sets[s]:
                sets[s].add(e)
                holders[e] += 1
    if costs == "unicost":
        cost = [1] * m
    elif costs == "uniform":
        cost = [rng.randint(1, 100) for _ in range(m)]
    else:
        cost = [len(members) * 5 + rng.randint(0, 40) for members in sets]
    return cost, [sorted(members) for members in sets]


def greedy_repair(cost: list[int], sets: list[list[int]], holders: list[list[int]], chosen: set[int],
                  covered: list[int]) -> list[int]:
    """Chvátal's greedy from a partial cover, in place (`covered[e]` counts chosen sets holding e); returns
    the sets it added."""
    added = []
    gain: dict[int, int] = {}
    missing = [e for e, count in enumerate(covered) if count == 0]
    for e in missing:
        for s in holders[e]:
            gain[s] = gain.get(s, 0) + 1
    heap = [(cost[s] / g, s, g) for s, g in gain.items()]
    heapq.heapify(heap)
    remaining = len(missing)
    while remaining:
        _, s, g = heapq.heappop(heap)
        fresh = gain[s]
        if fresh == 0:
            continue
        if fresh != g:  # stale entry: push back with the current gain
            heapq.heappush(heap, (cost[s] / fresh, s, fresh))
            continue
        chosen.add(s)
        added.append(s)
        remaining -= fresh
        for e in sets[s]:
            if covered[e] == 0:
                for t in holders[e]:
                    gain[t] -= 1
            covered[e] += 1
    return added


def prune(cost: list[int], sets: list[list[int]], chosen: set[int], covered: list[int], candidates) -> None:
    """Drop redundant sets among `candidates`, most expensive first (ties by index)."""
    for s in sorted(set(candidates) & chosen, key=lambda x: (-cost[x], x)):
        if all(covered[e] >= 2 for e in sets[s]):
            chosen.discard(s)
            for e in sets[s]:
                covered[e] -= 1


def baseline_and_reference(n: int, cost: list[int], sets: list[list[int]], rng: random.Random) -> tuple[int, int]:
    """Costs of the greedy cover and of the searched one."""
    holders: list[list[int]] = [[] for _ in range(n)]
    for s, members in enumerate(sets):
        for e in members:
            holders[e].append(s)
    chosen: set[int] = set()
    covered = [0] * n
    greedy_repair(cost, sets, holders, chosen, covered)
    baseline = sum(cost[s] for s in chosen)
    prune(cost, sets, chosen, covered, chosen)
    best = sum(cost[s] for s in chosen)
    for _ in range(ILS_ROUNDS):
        trial, trial_covered = set(chosen), list(covered)
        for s in rng.sample(sorted(trial), max(1, int(DROP * len(trial)))):
            trial.discard(s)
            for e in sets[s]:
                trial_covered[e] -= 1
        added = greedy_repair(cost, sets, holders, trial, trial_covered)
        # only a set sharing an element with an added one can have become redundant
        prune(cost, sets, trial, trial_covered, {t for s in added for e in sets[s] for t in holders[e]})
        total = sum(cost[s] for s in trial)
        if total <= best:
            chosen, covered, best = trial, trial_covered, total
    if any(count == 0 for count in covered):
        raise RuntimeError("local search lost coverage")
    return baseline, sum(cost[s] for s in chosen)


def make_case(rng: random.Random, n: int, m: int, largest: int, costs: str) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    cost, sets = draw_instance(rng, n, m, largest, costs)
    baseline, reference = baseline_and_reference(n, cost, sets, search_rng)
    if reference >= baseline:
        return None
    return {"n": n, "costs": cost, "sets": sets, "baseline": baseline, "reference": reference}


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for shape in SHAPES:
        case = None
        while case is None:
            case = make_case(rng, *shape)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
