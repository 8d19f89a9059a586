"""Multiple 0-1 knapsack test cases, each with a baseline and a strong reference total value.

A case is m knapsacks with capacities c_0 .. c_{m-1} and n items with weights w_i and values v_i; an answer
puts each item into at most one knapsack without exceeding any capacity and is worth the total value
packed. Item kinds after Pisinger's classes (weights uniform in 10..1000):
- `uncorrelated`: values uniform in 10..1000;
- `weak`: values within 100 of the weight (weakly correlated);
- `strong`: value = weight + 100 (strongly correlated: density barely tells items apart);
- `subsetsum`: value = weight (the value is the packed weight: fill the knapsacks exactly).
Capacities: their total is `ratio` times the total weight, split among the knapsacks in random shares
(each share uniform in 0.5..1.5 before normalising), and every capacity is at least the largest weight.
Per case:
- `baseline`: items in the given order, each into the first knapsack with room;
- `reference`: the better of two starts, each followed by the same improvement passes: items by
  value/weight (largest first, ties by index), each into the knapsack with the least room left that still
  fits it; and the knapsacks from the largest capacity down, each filled optimally by a 0-1 knapsack
  dynamic programme over the items still free. The passes repeat until none applies: pack an unpacked item
  directly; pack it after moving one packed item to another knapsack; or swap it for a packed item of lower
  value in the same knapsack (the displaced item then goes wherever it fits, if anywhere).
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
PASSES = 6


def draw_instance(rng: random.Random, kind: str, n: int, m: int, ratio: float) -> tuple[list[int], list[int], list[int]]:
    weights = [rng.randint(10, 1000) for _ in range(n)]
    if kind == "uncorrelated":
        values = [rng.randint(10, 1000) for _ in range(n)]
    elif kind == "weak":
        values = [max(1, w + rng.randint(-100, 100)) for w in weights]
    elif kind == "strong":
        values = [w + 100 for w in weights]
    elif kind == "subsetsum":
        values = weights[:]
    else:
        raise ValueError(f"unknown kind {kind!r}")
    shares = [rng.uniform(0.5, 1.5) for _ in range(m)]
    total = ratio * sum(weights)
    capacities = [max(max(weights), int(total * s / sum(shares))) for s in shares]
    return capacities, weights, values


def density_order(weights: list[int], values: list[int]) -> list[int]:
    return sorted(range(len(weights)), key=lambda i: (-values[i] / weights[i], i))


def first_fit(capacities: list[int], weights: list[int], values: list[int]) -> int:
    room = capacities[:]
    total = 0
    for i in range(len(weights)):
        for k in range(len(room)):
            if weights[i] <= room[k]:
                room[k] -= weights[i]
                total += values[i]
                break
    return total


def sequential_dp(capacities: list[int], weights: list[int], values: list[int]) -> list[int]:
    """Knapsacks from the largest capacity down, each filled optimally (0-1 DP) from the items still free."""
    where = [-1] * len(weights)
    for k in sorted(range(len(capacities)), key=lambda k: (-capacities[k], k)):
        capacity = capacities[k]
        free = [i for i in range(len(weights)) if where[i] < 0 and weights[i] <= capacity]
        best = np.zeros(capacity + 1, dtype=np.int64)
        took = np.zeros((len(free), capacity + 1), dtype=bool)
        for row, i in enumerate(free):
            w = weights[i]
            gain = best[:-w] + values[i]
            better = gain > best[w:]
            took[row, w:] = better
            best[w:] = np.where(better, gain, best[w:])
        room = capacity
        for row in range(len(free) - 1, -1, -1):
            if took[row, room]:
                where[free[row]] = k
                room -= weights[free[row]]
    return where


def improve(capacities: list[int], weights: list[int], values: list[int], start: list[int] | None) -> int:
    """Total value after the improvement passes, from `start` or else from the density greedy."""
    n, m = len(weights), len(capacities)
    room = capacities[:]
    where = [-1] * n
    order = density_order(weights, values)

    def tightest(item: int, skip: int = -1) -> int:
        best = -1
        for k in range(m):
            if k != skip and weights[item] <= room[k] and (best < 0 or room[k] < room[best]):
                best = k
        return best

    def put(item: int, k: int) -> None:
        where[item] = k
        room[k] -= weights[item]

    def take(item: int) -> None:
        room[where[item]] += weights[item]
        where[item] = -1

    if start is None:
        for i in order:
            k = tightest(i)
            if k >= 0:
                put(i, k)
    else:
        for i, k in enumerate(start):
            if k >= 0:
                put(i, k)
    for _ in range(PASSES):
        changed = False
        for u in order:
            if where[u] >= 0:
                continue
            k = tightest(u)
            if k >= 0:
                put(u, k)
                changed = True
                continue
            done = False
            for j in range(n):  # move j out of its knapsack to make room for u there
                a = where[j]
                if a < 0 or room[a] + weights[j] < weights[u]:
                    continue
                b = tightest(j, skip=a)
                if b >= 0:
                    take(j)
                    put(j, b)
                    put(u, a)
                    done = changed = True
                    break
            if done:
                continue
            best_j, best_gain = -1, 0
            for j in range(n):  # swap u for a packed item j of lower value
                a = where[j]
                if a >= 0 and room[a] + weights[j] >= weights[u] and values[u] - values[j] > best_gain:
                    best_j, best_gain = j, values[u] - values[j]
            if best_j >= 0:
                a = where[best_j]
                take(best_j)
                put(u, a)
                k = tightest(best_j)
                if k >= 0:
                    put(best_j, k)
                changed = True
        if not changed:
            break
    return sum(values[i] for i in range(n) if where[i] >= 0)


def make_case(rng: random.Random, params: dict) -> dict | None:
    capacities, weights, values = draw_instance(rng, params["kind"], int(params["n"]), int(params["m"]),
                                                float(params["ratio"]))
    baseline = first_fit(capacities, weights, values)
    reference = max(improve(capacities, weights, values, None),
                    improve(capacities, weights, values, sequential_dp(capacities, weights, values)))
    if reference <= baseline:
        return None
    return {"n": len(weights), "m": len(capacities), "capacities": capacities, "weights": weights,
            "values": values, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, params)
            if case is not None:
                break
        else:
            raise RuntimeError(f"no case with reference > baseline in {MAX_DRAWS} draws: {params}")
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
