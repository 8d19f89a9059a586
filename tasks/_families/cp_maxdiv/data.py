"""Max-sum diversity test cases (choose m of n items maximising the sum of pairwise distances), with baselines.

Kinds (params `kind`) after MDPLIB's classes: `uniform`, symmetric integer distances uniform 0..99 (SOM
style, no geometry); `euclid`, 100 x the Euclidean distance between random points in the unit cube of `d`
dimensions, rounded (GKD style: the best sets hug the boundary); `clustered`, the same between points drawn
around a few Gaussian centres, so taking all of one far cluster is tempting and wrong. Per case:
- `baseline`: the m items with the largest total distance to all n items (ties to the lowest index), a
  static ranking that ignores how the chosen items sit relative to each other; the constructive greedy
  (add the item farthest in sum from the chosen ones) is already within a fraction of a per cent of the
  reference on the geometric kinds, so it would leave no scale, and it earns part of it here instead;
- `reference`: greedy construction, then a fixed number of steps of tabu search over swaps (a chosen item
  for an unchosen one, the best allowed swap each step even if it loses; items that just moved are tabu
  for a random tenure unless the swap beats the best set), keeping the best set seen.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

TABU_STEPS = 2500
NEG = -(1 << 40)


def draw_distances(rng: random.Random, kind: str, n: int, d: int) -> np.ndarray:
    draw = np.random.default_rng(rng.getrandbits(63))
    if kind == "uniform":
        w = np.triu(draw.integers(0, 100, size=(n, n)), 1)
        return w + w.T
    if kind == "euclid":
        pts = draw.random((n, d))
    else:
        centres = draw.random((max(3, n // 25), d))
        pts = centres[draw.integers(0, len(centres), size=n)] + draw.normal(0, 0.06, size=(n, d))
    dist = np.rint(100 * np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=2))).astype(np.int64)
    np.fill_diagonal(dist, 0)
    return dist


def value(dist: np.ndarray, chosen: np.ndarray) -> int:
    return int(dist[np.ix_(chosen, chosen)].sum() // 2)


def greedy(dist: np.ndarray, m: int) -> np.ndarray:
    chosen = [int(np.argmax(dist.sum(axis=1)))]
    gain = dist[chosen[0]].copy()
    taken = np.zeros(len(dist), bool)
    taken[chosen[0]] = True
    while len(chosen) < m:
        v = int(np.argmax(np.where(taken, NEG, gain)))
        chosen.append(v)
        taken[v] = True
        gain += dist[v]
    return np.array(chosen, dtype=np.int64)


def tabu(dist: np.ndarray, start: np.ndarray, rng: random.Random) -> np.ndarray:
    """Best non-tabu swap (chosen item out, unchosen item in) per step, incremental distance sums; an item
    that left may not come back, and one that came in may not leave, for a random tenure, unless the swap
    beats the best set so far. The best set seen is returned."""
    n, m = len(dist), len(start)
    chosen = start.copy()
    inside = np.zeros(n, bool)
    inside[chosen] = True
    contrib = dist[:, chosen].sum(axis=1)  # c_i = sum of distances from i to the chosen items
    current = best_value = value(dist, chosen)
    best = chosen.copy()
    until = np.zeros(n, dtype=np.int64)
    for step in range(1, TABU_STEPS + 1):
        delta = contrib[None, :] - contrib[chosen][:, None] - dist[chosen, :]  # [a, v]: swap chosen[a] for v
        delta[:, inside] = NEG
        blocked = (until[chosen][:, None] >= step) | (until[None, :] >= step)
        delta = np.where(blocked & (current + delta <= best_value), NEG, delta)
        a, v = divmod(int(np.argmax(delta)), n)
        if delta[a, v] <= NEG // 2:
            continue
        u = int(chosen[a])
        current += int(delta[a, v])
        contrib += dist[:, v] - dist[:, u]
        inside[u], inside[v] = False, True
        chosen[a] = v
        until[u] = step + 7 + rng.randrange(max(2, m // 4))
        until[v] = step + 3 + rng.randrange(max(2, m // 8))
        if current > best_value:
            best, best_value = chosen.copy(), current
    return best


def make_case(rng: random.Random, kind: str, n: int, m: int, d: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    dist = draw_distances(rng, kind, n, d)
    baseline = value(dist, np.argsort(-dist.sum(axis=1), kind="stable")[:m])
    reference = value(dist, tabu(dist, greedy(dist, m), search_rng))
    if reference <= baseline:
        return None
    return {"n": n, "m": m, "dist": dist.tolist(), "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), int(params["m"]), int(params["d"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
