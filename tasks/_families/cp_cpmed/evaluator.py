"""Judge for the cp_cpmed family (capacitated p-median): compile, run every case, check, score.

Input of a case (stdin): n p Q, then n lines `x y d`: customer i's integer coordinates and demand (>= 1).
Output (stdout): exactly n integers a_0 .. a_{n-1} in 0..n-1: customer i is served by the median a_i,
itself a customer. Malformed (the case scores 0): fewer or more tokens, a non-integer, a value out of
range, a median that is not served by itself (a_{a_i} != a_i), a number of distinct medians other than p,
or a median whose customers' demand sum exceeds Q. The objective is
sum_i sqrt((x_i - x_{a_i})^2 + (y_i - y_{a_i})^2) (lower is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100) (both differences negative when the cost
improves), where `baseline` is farthest-point medians with a nearest-median-with-room allocation and
`reference` is iterated location-allocation search (data.py). A malformed answer, a crash or a timeout
scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid
(combined_score 0, one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['p']} {case['capacity']}"]
    lines += [f"{x} {y} {d}" for (x, y), d in zip(case["points"], case["demand"])]
    return "\n".join(lines) + "\n"


def allocation_cost(case: dict, output: str) -> float:
    """Total distance of the printed allocation; CheckError (one line) if it breaks a rule above."""
    n, p = case["n"], case["p"]
    a = np.array(read_ints(output, 0, n - 1, n, "median"), dtype=np.int64)
    rogue = np.flatnonzero(a[a] != a)
    if rogue.size:
        i = int(rogue[0])
        raise CheckError(f"customer {i} is served by {int(a[i])}, which is not its own median")
    medians = np.unique(a)
    if len(medians) != p:
        raise CheckError(f"{len(medians)} distinct medians, expected exactly {p}")
    load = np.bincount(a, weights=np.array(case["demand"], dtype=np.int64), minlength=n).astype(np.int64)
    over = np.flatnonzero(load > case["capacity"])
    if over.size:
        m = int(over[0])
        raise CheckError(f"median {m} serves demand {int(load[m])} > capacity {case['capacity']}")
    pts = np.array(case["points"], dtype=np.int64)
    diff = pts - pts[a]
    return float(np.sqrt((diff * diff).sum(axis=1).astype(np.float64)).sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, allocation_cost)
