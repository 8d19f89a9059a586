"""Max-min p-dispersion test cases (choose p of n points, maximise the smallest pairwise distance), each
with a baseline and a strong reference distance.

n distinct points with integer coordinates in 0..10000. Kinds: `uniform` (uniform in the square),
`clustered` (Gaussian clouds around a few centres: p exceeds the number of clouds, so a good choice spreads
inside the clouds too) and `lines` (points along a few random segments, a little jitter). Distances are
Euclidean, exact from the integer squares. Per case:
- `baseline`: greedy farthest point from the farthest pair (ties to the lower index): add the point whose
  distance to the chosen ones is largest until p are chosen;
- `reference`: greedy farthest point from STARTS starting points (the baseline's pair and fixed random
  points), each followed by swap descent (replace one point of the closest pair by the outside point
  farthest from the others while that raises the smallest distance or, at the same distance, lowers the
  number of pairs at it); the best result.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

SIDE = 10000
STARTS = 30


def draw_points(rng: random.Random, kind: str, n: int) -> list[tuple[int, int]]:
    points: set[tuple[int, int]] = set()
    if kind == "clustered":
        centres = [(rng.uniform(1500, 8500), rng.uniform(1500, 8500)) for _ in range(rng.randint(3, 6))]
    elif kind == "lines":
        segments = [((rng.uniform(0, SIDE), rng.uniform(0, SIDE)), (rng.uniform(0, SIDE), rng.uniform(0, SIDE)))
                    for _ in range(rng.randint(2, 4))]
    ordered = []
    while len(ordered) < n:
        if kind == "clustered":
            cx, cy = rng.choice(centres)
            x, y = round(rng.gauss(cx, 700)), round(rng.gauss(cy, 700))
        elif kind == "lines":
            (ax, ay), (bx, by) = rng.choice(segments)
            t = rng.random()
            x, y = round(ax + t * (bx - ax) + rng.gauss(0, 60)), round(ay + t * (by - ay) + rng.gauss(0, 60))
        else:
            x, y = rng.randint(0, SIDE), rng.randint(0, SIDE)
        if 0 <= x <= SIDE and 0 <= y <= SIDE and (x, y) not in points:
            points.add((x, y))
            ordered.append((x, y))
    return ordered


def squared_distances(points: list[tuple[int, int]]) -> np.ndarray:
    xy = np.array(points, dtype=np.int64)
    diff = xy[:, None, :] - xy[None, :, :]
    return (diff * diff).sum(axis=2)


def greedy(d2: np.ndarray, p: int, start: list[int]) -> list[int]:
    chosen = list(start)
    near = d2[chosen].min(axis=0)
    while len(chosen) < p:
        near[chosen] = -1
        j = int(np.argmax(near))  # ties to the lower index
        chosen.append(j)
        near = np.minimum(near, d2[j])
    return chosen


def quality(d2: np.ndarray, chosen: list[int]) -> tuple[int, int]:
    sub = d2[np.ix_(chosen, chosen)]
    pairs = sub[np.triu_indices(len(chosen), 1)]
    low = int(pairs.min())
    return low, -int((pairs == low).sum())


def swap_descent(d2: np.ndarray, chosen: list[int]) -> list[int]:
    chosen = list(chosen)
    current = quality(d2, chosen)
    while True:
        sub = d2[np.ix_(chosen, chosen)].astype(np.float64)
        np.fill_diagonal(sub, np.inf)
        a, b = np.unravel_index(int(np.argmin(sub)), sub.shape)
        best = None
        for leave in (int(a), int(b)):
            rest = chosen[:leave] + chosen[leave + 1:]
            near = d2[rest].min(axis=0)
            near[chosen] = -1
            trial = rest + [int(np.argmax(near))]
            q = quality(d2, trial)
            if q > current and (best is None or q > best[0]):
                best = (q, trial)
        if best is None:
            return chosen
        current, chosen = best


def make_case(rng: random.Random, kind: str, n: int, p: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    points = draw_points(rng, kind, n)
    d2 = squared_distances(points)
    pair = [int(v) for v in np.unravel_index(int(np.argmax(d2)), d2.shape)]
    baseline = quality(d2, greedy(d2, p, pair))[0]
    starts = [pair] + [[search_rng.randrange(n)] for _ in range(STARTS - 1)]
    reference = max(quality(d2, swap_descent(d2, greedy(d2, p, s)))[0] for s in starts)
    if reference <= baseline:
        return None
    return {"n": n, "p": p, "points": [list(q) for q in points],
            "baseline": float(np.sqrt(baseline)), "reference": float(np.sqrt(reference))}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["p"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
