"""Single-machine total weighted tardiness test cases, each with a baseline and a strong reference.

n jobs with processing times p_j (1..100), weights w_j (1..10) and due dates d_j run one at a time without
idle time; an answer is the job order, and it costs sum_j w_j * max(0, C_j - d_j) where C_j is the job's
completion time. Due dates follow the OR-Library generator of Potts and Van Wassenhove: with P = sum p_j,
d_j is uniform in P (1 - TF - RDD/2) .. P (1 - TF + RDD/2) (at least 0), where the tardiness factor TF
(params `tf`) sets how late the jobs are on the whole and the relative range RDD (params `rdd`) how spread
their due dates are. Per case:
- `baseline`: earliest due date order (ties by index);
- `reference`: the cheapest of earliest due date, weighted shortest processing time and the apparent
  tardiness cost rule (look-ahead k = 2), then an iterated local search: best-improvement descent over the
  interchanges of two jobs and the moves of one job, at most SPAN positions apart (every neighbour costed
  at once with numpy; at most STEPS steps), then KICKS times three random interchanges of the best order
  followed by the same descent, the cheapest order found. The kicks' random numbers come from a generator
  seeded with the case's data, so the case stays the same draw and its reference is reproducible from it.
  (With the EDD baseline and a high TF, ATC alone is within about 1% of the best order known, so these
  members leave ATC near 100 whatever the reference: that needs a different baseline, not more search.)
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
SPAN = 6
KICKS = 2
STEPS = 20
ATC_K = 2.0


def draw_jobs(rng: random.Random, n: int, tf: float, rdd: float) -> tuple[list[int], list[int], list[int]]:
    times = [rng.randint(1, 100) for _ in range(n)]
    weights = [rng.randint(1, 10) for _ in range(n)]
    total = sum(times)
    lo, hi = max(0, round(total * (1 - tf - rdd / 2))), max(0, round(total * (1 - tf + rdd / 2)))
    due = [rng.randint(lo, hi) for _ in range(n)]
    return times, weights, due


def costs(p: np.ndarray, w: np.ndarray, d: np.ndarray, orders: np.ndarray) -> np.ndarray:
    """Total weighted tardiness of every row of `orders`."""
    finish = np.cumsum(p[orders], axis=1)
    return (np.maximum(0, finish - d[orders]) * w[orders]).sum(axis=1)


def atc(p: np.ndarray, w: np.ndarray, d: np.ndarray) -> list[int]:
    """Apparent tardiness cost dispatching: the job of largest (w/p) exp(-max(0, d - p - t) / (k mean p))."""
    left = list(range(len(p)))
    scale = ATC_K * float(p.mean())
    t, order = 0, []
    while left:
        idx = np.array(left)
        slack = np.maximum(0, d[idx] - p[idx] - t)
        priority = w[idx] / p[idx] * np.exp(-slack / scale)
        pick = left[int(np.argmax(priority))]
        order.append(pick)
        left.remove(pick)
        t += int(p[pick])
    return order


def neighbourhood(n: int) -> np.ndarray:
    """Rows of position permutations: every interchange and every move of one job, at most SPAN apart."""
    rows = []
    for a in range(n):
        for b in range(a + 1, min(n, a + SPAN + 1)):
            swap = list(range(n))
            swap[a], swap[b] = b, a
            forward = list(range(n))
            forward.insert(b, forward.pop(a))
            backward = list(range(n))
            backward.insert(a, backward.pop(b))
            rows += [swap, forward, backward]
    return np.array(rows, dtype=np.int64).reshape(-1, n)


def descent(p: np.ndarray, w: np.ndarray, d: np.ndarray, order: np.ndarray, moves: np.ndarray
            ) -> tuple[np.ndarray, int]:
    cost = int(costs(p, w, d, order[None, :])[0])
    for _ in range(STEPS if len(moves) else 0):
        trial = order[moves]
        values = costs(p, w, d, trial)
        best = int(np.argmin(values))
        if values[best] >= cost:
            break
        order, cost = trial[best], int(values[best])
    return order, cost


def local_search(p: np.ndarray, w: np.ndarray, d: np.ndarray, order: list[int]) -> tuple[list[int], int]:
    """The reference's iterated local search (module docstring): the best order found and its cost."""
    n = len(order)
    rng = random.Random(p.tobytes() + w.tobytes() + d.tobytes())
    moves = neighbourhood(n)
    best, best_cost = descent(p, w, d, np.array(order, dtype=np.int64), moves)
    for _ in range(KICKS if n > 1 else 0):
        trial = best.copy()
        for _ in range(3):
            a, b = rng.randrange(n), rng.randrange(n)
            trial[a], trial[b] = trial[b], trial[a]
        trial, cost = descent(p, w, d, trial, moves)
        if cost < best_cost:
            best, best_cost = trial, cost
    return best.tolist(), best_cost


def make_case(rng: random.Random, n: int, tf: float, rdd: float) -> dict | None:
    times, weights, due = draw_jobs(rng, n, tf, rdd)
    p, w, d = (np.array(x, dtype=np.int64) for x in (times, weights, due))
    edd = sorted(range(n), key=lambda j: (due[j], j))
    wspt = sorted(range(n), key=lambda j: (times[j] / weights[j], j))
    starts = [edd, wspt, atc(p, w, d)]
    start_costs = costs(p, w, d, np.array(starts))
    baseline = int(start_costs[0])
    reference = local_search(p, w, d, starts[int(np.argmin(start_costs))])[1]
    if reference >= baseline:
        return None
    return {"n": n, "times": times, "weights": weights, "due": due, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, int(params["n"]), float(params["tf"]), float(params["rdd"]))
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
