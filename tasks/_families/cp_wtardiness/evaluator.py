"""Judge for the cp_wtardiness family (single-machine total weighted tardiness): compile, run, check, score.

Input of a case (stdin): n, then n lines "p_j w_j d_j" (processing time, weight, due date; integers).
Output (stdout): exactly n integers, a permutation of 0..n-1: the order in which the one machine processes
the jobs, from time 0 without idle time. Anything else (fewer or more tokens, a non-integer, a value out
of range, a repeated job) is malformed. The objective is sum_j w_j * max(0, C_j - d_j), where C_j is the
completion time of job j (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100), where `baseline` is earliest due date
order and `reference` the best dispatching rule improved by an iterated interchange/move search (data.py). A malformed
answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    rows = zip(case["times"], case["weights"], case["due"])
    return "\n".join([str(case["n"])] + [f"{p} {w} {d}" for p, w, d in rows]) + "\n"


def weighted_tardiness(case: dict, output: str) -> int:
    """Cost of the printed job order; CheckError (one line) if it is not a permutation of 0..n-1."""
    order = read_ints(output, 0, case["n"] - 1, case["n"], "job")
    require_distinct(order, "job")
    time = cost = 0
    for job in order:
        time += case["times"][job]
        cost += case["weights"][job] * max(0, time - case["due"][job])
    return cost


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, weighted_tardiness)
