"""Permutation flow shop test cases (min makespan), each with a baseline and a strong reference makespan.

n jobs pass through m machines in the same order 0..m-1; p[i][j] is the time of job i on machine j. An
answer is one job order used on every machine; each machine runs one job at a time and a job starts on
machine j only after it left machine j-1. Processing-time kinds:
- `random`: uniform in 1..99 (Taillard's benchmark generator);
- `jobcorr`: job-correlated, a per-job base in 1..60 plus a uniform 0..39 on each machine.
(A dominant bottleneck machine, or few machines with many jobs, would make the one-machine lower bound tight:
NEH alone is optimal there and no search could score past it.)
Per case:
- `baseline`: Palmer's slope order (jobs by decreasing sum_j (2j - m + 1) p[i][j], ties by index);
- `reference`: Ruiz and Stuetzle's iterated greedy from NEH (jobs by decreasing total time, each inserted
  where the partial makespan is smallest, first such position) after re-insertion passes over every job
  (at most PASSES, stopping after a pass without a strict gain): IG_ITERATIONS rounds of removing
  IG_DESTROY random jobs and re-inserting each at its best position, the new order kept when it is no
  longer, or when it is longer with probability exp(-delta / T) (T = IG_TEMPERATURE times the mean
  processing time); the best order seen, after the same re-insertion passes. Plain NEH, a textbook rule,
  stays clearly below it. The search's random numbers come from a generator seeded with the case's times
  (the instance draws do not consume them), so the reference is reproducible from the case alone.
Insertion uses Taillard's heads and tails, vectorised: along a column of the schedule the recursion
e[i][j] = max(e[i-1][j], e[i][j-1]) + p is a running maximum of e[i'][j-1] minus prefix sums, so a
whole column (or a whole set of insertion positions) is one numpy cumulative maximum.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
PASSES = 1
IG_ITERATIONS = 200
IG_DESTROY = 4
IG_TEMPERATURE = 0.4 / 10


def draw_times(rng: random.Random, kind: str, n: int, m: int) -> list[list[int]]:
    if kind == "random":
        return [[rng.randint(1, 99) for _ in range(m)] for _ in range(n)]
    if kind == "jobcorr":
        rows = []
        for _ in range(n):
            base = rng.randint(1, 60)
            rows.append([base + rng.randint(0, 39) for _ in range(m)])
        return rows
    raise ValueError(f"unknown kind {kind!r}")


def heads(times: np.ndarray) -> np.ndarray:
    """Completion times e[i][j] of the jobs in the order of `times`' rows."""
    out = np.empty_like(times)
    prev = np.zeros(len(times), dtype=np.int64)
    for j in range(times.shape[1]):
        inclusive = np.cumsum(times[:, j])
        prev = np.maximum.accumulate(prev - (inclusive - times[:, j])) + inclusive
        out[:, j] = prev
    return out


def tails(times: np.ndarray) -> np.ndarray:
    """q[i][j]: time from the start of job i on machine j to the end of the schedule (reversed heads)."""
    return heads(times[::-1, ::-1])[::-1, ::-1]


def makespan(p: np.ndarray, order: list[int]) -> int:
    return int(heads(p[order])[-1, -1]) if order else 0


def best_insertion(p: np.ndarray, order: list[int], job: int) -> tuple[int, int]:
    """(makespan, position) of the best place for `job` in `order` (first position among equals)."""
    m = p.shape[1]
    seq = p[order]
    before = np.vstack([np.zeros((1, m), dtype=np.int64), heads(seq)]) if order else np.zeros((1, m), np.int64)
    after = np.vstack([tails(seq), np.zeros((1, m), dtype=np.int64)]) if order else np.zeros((1, m), np.int64)
    inclusive = np.cumsum(p[job])
    finish = np.maximum.accumulate(before - (inclusive - p[job]), axis=1) + inclusive
    spans = (finish + after).max(axis=1)
    position = int(np.argmin(spans))
    return int(spans[position]), position


def palmer(p: np.ndarray) -> list[int]:
    n, m = p.shape
    slope = p @ np.array([2 * j - m + 1 for j in range(m)], dtype=np.int64)
    return sorted(range(n), key=lambda i: (-int(slope[i]), i))


def neh(p: np.ndarray) -> list[int]:
    totals = p.sum(axis=1)
    order: list[int] = []
    for job in sorted(range(p.shape[0]), key=lambda i: (-int(totals[i]), i)):
        _, position = best_insertion(p, order, job)
        order.insert(position, job)
    return order


def reinsertion_passes(p: np.ndarray, order: list[int], current: int) -> tuple[list[int], int]:
    """Re-insert every job at its best position while that does not worsen the makespan."""
    for _ in range(PASSES):
        start = current
        for job in list(order):
            rest = [x for x in order if x != job]
            span, position = best_insertion(p, rest, job)
            if span <= current:
                order, current = rest[:position] + [job] + rest[position:], span
        if current >= start:
            break
    return order, current


def neh_search(p: np.ndarray) -> list[int]:
    """The reference order: iterated greedy from NEH (the module docstring)."""
    rng = random.Random(p.tobytes())
    start = neh(p)
    order, current = reinsertion_passes(p, start, makespan(p, start))
    best, best_span = order, current
    temperature = IG_TEMPERATURE * float(p.mean())
    for _ in range(IG_ITERATIONS):
        removed = rng.sample(order, min(IG_DESTROY, len(order) - 1))
        trial = [x for x in order if x not in removed]
        for job in removed:
            _, position = best_insertion(p, trial, job)
            trial.insert(position, job)
        span = makespan(p, trial)
        if span <= current or rng.random() < np.exp(-(span - current) / temperature):
            order, current = trial, span
            if span < best_span:
                best, best_span = trial, span
    return reinsertion_passes(p, best, best_span)[0]


def make_case(rng: random.Random, kind: str, n: int, m: int) -> dict | None:
    times = draw_times(rng, kind, n, m)
    p = np.array(times, dtype=np.int64)
    baseline = makespan(p, palmer(p))
    reference = makespan(p, neh_search(p))
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
