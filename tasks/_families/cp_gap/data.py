"""Generalized assignment test cases (min cost under agent capacities), each with a baseline and a reference.

Kinds (params `kind`) after Chu and Beasley's GAP classes: `c`, resources r_ij uniform 5..25 and costs
c_ij uniform 10..50, independent; `d`, resources uniform 1..100 and costs 111 - r_ij plus noise -10..10, so
the cheap agents are the ones a job fills most (the hard class); `e`, resources 1 - 10 ln(U) and costs
1000 / r_ij - 10 U (also inversely correlated, heavier tails). Capacities are `tight` times the agent's
total resource over all jobs divided by the number of agents (Chu-Beasley use 0.8). Per case:
- `baseline`: regret greedy alone (the job whose best feasible agent is most desirable relative to its
  second best goes first; desirability cost, resource, and their product in turn, the cheapest complete
  one), as the statement says: no local search, so a simple descent already earns part of the scale;
- `reference`: best-improvement shift and swap moves that keep every capacity from the baseline until none
  lowers the cost, then iterated local search, a fixed number of rounds of a few random feasible shifts and
  descent again, keeping the result unless it costs more.
A draw is replaced by the next one if the greedy cannot place a job, if the best-fit construction the seed
program uses is infeasible, or if the reference does not beat the baseline.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np

ILS_ROUNDS = 250
KICK = 3
INF = 1 << 40


def draw_instance(rng: random.Random, kind: str, m: int, n: int, tight: float):
    if kind == "c":
        r = [[rng.randint(5, 25) for _ in range(n)] for _ in range(m)]
        c = [[rng.randint(10, 50) for _ in range(n)] for _ in range(m)]
    elif kind == "d":
        r = [[rng.randint(1, 100) for _ in range(n)] for _ in range(m)]
        c = [[111 - r[i][j] + rng.randint(-10, 10) for j in range(n)] for i in range(m)]
    else:
        r = [[max(1, round(1 - 10 * math.log(1.0 - rng.random()))) for _ in range(n)] for _ in range(m)]
        c = [[max(1, round(1000 / r[i][j] - 10 * rng.random())) for j in range(n)] for i in range(m)]
    b = [max(max(r[i]), int(tight * sum(r[i]) / m)) for i in range(m)]
    return c, r, b


def best_fit(r: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """The seed's construction: jobs in input order, each to the agent it uses least of that still has room."""
    m, n = r.shape
    load = np.zeros(m, dtype=np.int64)
    a = np.zeros(n, dtype=np.int64)
    for j in range(n):
        for i in sorted(range(m), key=lambda i: (r[i, j], i)):
            if load[i] + r[i, j] <= b[i]:
                a[j], load[i] = i, load[i] + r[i, j]
                break
        else:
            return None
    return a


def regret_greedy(c: np.ndarray, r: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """Martello and Toth's regret heuristic with desirability c_ij, r_ij and c_ij * r_ij in turn; the cheapest
    of the ones that place every job (None if none does)."""
    found = [a for a in (regret_pass(f, r, b) for f in (c, r, c * r)) if a is not None]
    return min(found, key=lambda a: cost(c, a)) if found else None


def regret_pass(c: np.ndarray, r: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    m, n = c.shape
    load = np.zeros(m, dtype=np.int64)
    a = np.full(n, -1, dtype=np.int64)
    for _ in range(n):
        fits = (load[:, None] + r <= b[:, None]) & (a < 0)[None, :]
        masked = np.where(fits, c, INF)
        part = np.sort(masked, axis=0)
        open_jobs = np.flatnonzero(a < 0)
        if (part[0, open_jobs] >= INF).any():
            return None
        second = part[1] if m > 1 else part[0]
        regret = np.where(a < 0, np.minimum(second, INF) - part[0], -1)
        j = int(np.argmax(regret))
        i = int(np.argmin(masked[:, j]))
        a[j], load[i] = i, load[i] + r[i, j]
    return a


def cost(c: np.ndarray, a: np.ndarray) -> int:
    return int(c[a, np.arange(len(a))].sum())


def descend(c: np.ndarray, r: np.ndarray, b: np.ndarray, a: np.ndarray) -> np.ndarray:
    m, n = c.shape
    jobs = np.arange(n)
    load = np.bincount(a, weights=r[a, jobs], minlength=m).astype(np.int64)
    while True:
        own_c, own_r = c[a, jobs], r[a, jobs]
        shift = np.where(load[:, None] + r <= b[:, None], c - own_c[None, :], INF)
        shift[a, jobs] = INF
        # swap j <-> k: j goes to a[k], k goes to a[j]
        cj_to = c[a][:, jobs].T  # [j, k] = c[a_k, j]
        rj_to = r[a][:, jobs].T
        fit_k = load[a][None, :] - own_r[None, :] + rj_to <= b[a][None, :]  # agent a_k takes j, loses k
        fit_j = fit_k.T  # agent a_j takes k, loses j
        swap = np.where(fit_k & fit_j & (a[:, None] != a[None, :]),
                        cj_to + cj_to.T - own_c[:, None] - own_c[None, :], INF)
        i, j = divmod(int(np.argmin(shift)), n)
        k1, k2 = divmod(int(np.argmin(swap)), n)
        if min(shift[i, j], swap[k1, k2]) >= 0:
            return a
        if shift[i, j] <= swap[k1, k2]:
            load[a[j]] -= r[a[j], j]
            a[j] = i
            load[i] += r[i, j]
        else:
            x, y = a[k1], a[k2]
            load[x] += r[x, k2] - r[x, k1]
            load[y] += r[y, k1] - r[y, k2]
            a[k1], a[k2] = y, x


def reference_assignment(c, r, b, start: np.ndarray, rng: random.Random) -> np.ndarray:
    m, n = c.shape
    best, best_cost = start.copy(), cost(c, start)
    for _ in range(ILS_ROUNDS):
        trial = best.copy()
        load = np.bincount(trial, weights=r[trial, np.arange(n)], minlength=m).astype(np.int64)
        for _ in range(KICK):
            j, i = rng.randrange(n), rng.randrange(m)
            if i != trial[j] and load[i] + r[i, j] <= b[i]:
                load[trial[j]] -= r[trial[j], j]
                trial[j] = i
                load[i] += r[i, j]
        trial = descend(c, r, b, trial)
        trial_cost = cost(c, trial)
        if trial_cost <= best_cost:
            best, best_cost = trial, trial_cost
    return best


def make_case(rng: random.Random, kind: str, m: int, n: int, tight: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    cl, rl, bl = draw_instance(rng, kind, m, n, tight)
    c, r, b = np.array(cl, dtype=np.int64), np.array(rl, dtype=np.int64), np.array(bl, dtype=np.int64)
    start = regret_greedy(c, r, b)
    if start is None or best_fit(r, b) is None:
        return None
    baseline = cost(c, start)
    reference = cost(c, reference_assignment(c, r, b, descend(c, r, b, start), search_rng))
    if reference >= baseline:
        return None
    return {"m": m, "n": n, "cost": cl, "resource": rl, "capacity": bl, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["m"]), int(params["n"]), float(params["tight"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
