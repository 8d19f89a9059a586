"""Unrelated parallel machine scheduling test cases (R||Cmax), each with a baseline and a strong reference.

n jobs go to m machines; job i takes p[i][k] on machine k, and the makespan of an assignment is the largest
machine load (sum of its jobs' times there). Processing-time kinds after Fanjul-Peyro and Ruiz:
- `uniform`: uniform in 1..100;
- `jobcorr`: a per-job base in 1..100 plus a uniform 1..20 per machine (jobs are big or small everywhere);
- `machcorr`: a per-machine base in 1..100 plus a uniform 1..20 per job (machines are fast or slow);
- `related`: a per-job size in 1..100 times a per-machine slowness in 1.0..4.0, rounded up, plus a
  uniform 0..9 (nearly uniform machines, Q||Cmax with noise).
Per case:
- `baseline`: jobs in the given order, each onto the machine where it would finish first (ties to the
  lowest machine);
- `reference`: min-min (repeatedly the unassigned job and machine with the earliest finish), then a
  descent on a most loaded machine: the best move of one of its jobs to another machine or swap with a job
  elsewhere, taken when both machines involved end below the current makespan (at most DESCENT_STEPS);
  then an iterated local search: KICKS times, KICK_JOBS random jobs of the best assignment go to random
  machines and the descent runs again, the result kept unless its makespan is larger. The kicks' random
  numbers come from a generator seeded with the case's times, so the case is reproducible from itself.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
DESCENT_STEPS = 400
KICKS = 150
KICK_JOBS = 4


def draw_times(rng: random.Random, kind: str, n: int, m: int) -> list[list[int]]:
    if kind == "uniform":
        return [[rng.randint(1, 100) for _ in range(m)] for _ in range(n)]
    if kind == "jobcorr":
        bases = [rng.randint(1, 100) for _ in range(n)]
        return [[b + rng.randint(1, 20) for _ in range(m)] for b in bases]
    if kind == "machcorr":
        bases = [rng.randint(1, 100) for _ in range(m)]
        return [[b + rng.randint(1, 20) for b in bases] for _ in range(n)]
    if kind == "related":
        slow = [rng.uniform(1.0, 4.0) for _ in range(m)]
        sizes = [rng.randint(1, 100) for _ in range(n)]
        return [[math.ceil(s * f) + rng.randint(0, 9) for f in slow] for s in sizes]
    raise ValueError(f"unknown kind {kind!r}")


def makespan(p: np.ndarray, machine: np.ndarray) -> int:
    return int(np.bincount(machine, weights=p[np.arange(len(machine)), machine], minlength=p.shape[1]).max())


def earliest_finish(p: np.ndarray) -> np.ndarray:
    load = np.zeros(p.shape[1], dtype=np.int64)
    machine = np.zeros(p.shape[0], dtype=np.int64)
    for i in range(p.shape[0]):
        k = int(np.argmin(load + p[i]))
        machine[i] = k
        load[k] += p[i, k]
    return machine


def min_min(p: np.ndarray) -> np.ndarray:
    n, m = p.shape
    load = np.zeros(m, dtype=np.int64)
    machine = np.zeros(n, dtype=np.int64)
    free = np.ones(n, dtype=bool)
    big = np.iinfo(np.int64).max // 4
    for _ in range(n):
        finish = np.where(free[:, None], load[None, :] + p, big)
        i, k = divmod(int(np.argmin(finish)), m)
        machine[i], free[i] = k, False
        load[k] += p[i, k]
    return machine


def descend(p: np.ndarray, machine: np.ndarray) -> np.ndarray:
    n, m = p.shape
    machine = machine.copy()
    jobs = np.arange(n)
    for _ in range(DESCENT_STEPS):
        load = np.bincount(machine, weights=p[jobs, machine], minlength=m).astype(np.int64)
        span = int(load.max())
        crit = int(np.argmax(load))
        mine = jobs[machine == crit]
        # moves: job a from crit to machine k
        move = np.maximum(load[crit] - p[mine, crit][:, None], load[None, :] + p[mine])
        move[:, crit] = span
        # swaps: job a (on crit) with job b (elsewhere)
        others = jobs[machine != crit]
        there = machine[others]
        new_crit = load[crit] - p[mine, crit][:, None] + p[others, crit][None, :]
        new_other = (load[there] - p[others, there])[None, :] + p[mine][:, there]
        swap = np.maximum(new_crit, new_other) if len(others) else np.full((len(mine), 0), span)
        best_move, best_swap = int(move.min()), int(swap.min()) if swap.size else span
        if min(best_move, best_swap) >= span:
            break
        if best_move <= best_swap:
            a, k = divmod(int(np.argmin(move)), m)
            machine[mine[a]] = k
        else:
            a, b = divmod(int(np.argmin(swap)), len(others))
            machine[mine[a]], machine[others[b]] = there[b], crit
    return machine


def reference_assignment(p: np.ndarray) -> np.ndarray:
    """Iterated local search from min-min: `descend`, then KICKS times send KICK_JOBS random jobs of the best
    assignment to random machines and `descend` again, keeping the result unless its makespan is larger."""
    rng = random.Random(p.tobytes())
    n, m = p.shape
    best = descend(p, min_min(p))
    best_span = makespan(p, best)
    for _ in range(KICKS):
        trial = best.copy()
        for job in rng.sample(range(n), min(KICK_JOBS, n)):
            trial[job] = rng.randrange(m)
        trial = descend(p, trial)
        span = makespan(p, trial)
        if span <= best_span:
            best, best_span = trial, span
    return best


def make_case(rng: random.Random, kind: str, n: int, m: int) -> dict | None:
    times = draw_times(rng, kind, n, m)
    p = np.array(times, dtype=np.int64)
    baseline = makespan(p, earliest_finish(p))
    reference = makespan(p, reference_assignment(p))
    if reference >= baseline:
        return None
    return {"n": n, "m": m, "times": times, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, params["kind"], int(params["n"]), int(params["m"]))
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
