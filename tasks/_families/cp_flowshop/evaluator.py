"""Judge for the cp_flowshop family (permutation flow shop, min makespan): compile, run, check, score.

Input of a case (stdin): n and m, then n lines of m integers: p[i][j], the time of job i on machine j.
Output (stdout): exactly n integers, a permutation of 0..n-1: the order in which the jobs go through every
machine. Anything else (fewer or more tokens, a non-integer, a value out of range, a repeated job) is
malformed. The objective is the makespan, the completion time of the last job on machine m-1, with
C[k][j] = max(C[k-1][j], C[k][j-1]) + p[job k][j] (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (makespan - baseline) / (reference - baseline), 0, 100), where `baseline` is Palmer's slope
order and `reference` an iterated greedy search from NEH (data.py). A malformed answer, a crash or a
timeout scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100.
Invalid (combined_score 0, one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['m']}"] + [" ".join(map(str, row)) for row in case["times"]]
    return "\n".join(lines) + "\n"


def makespan(case: dict, output: str) -> int:
    """Makespan of the printed job order; CheckError (one line) if it is not a permutation of 0..n-1."""
    order = read_ints(output, 0, case["n"] - 1, case["n"], "job")
    require_distinct(order, "job")
    finish = [0] * case["m"]
    for job in order:
        row = case["times"][job]
        previous = 0
        for j, time in enumerate(row):
            previous = finish[j] = max(finish[j], previous) + time
    return finish[-1]


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, makespan)
