"""Judge for the cp_unrelated family (unrelated parallel machines, R||Cmax): compile, run, check, score.

Input of a case (stdin): n and m, then n lines of m integers: p[i][k], the time of job i on machine k.
Output (stdout): exactly n integers in 0..m-1, the machine of each job in input order. Anything else
(fewer or more tokens, a non-integer, a machine out of range) is malformed. The objective is the makespan,
the largest machine load, where the load of machine k is the sum of p[i][k] over its jobs (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (makespan - baseline) / (reference - baseline), 0, 100), where `baseline` is earliest-finish
list scheduling in the given order and `reference` min-min followed by an iterated move/swap descent (data.py). A
malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['m']}"] + [" ".join(map(str, row)) for row in case["times"]]
    return "\n".join(lines) + "\n"


def makespan(case: dict, output: str) -> int:
    """Largest machine load of the printed assignment; CheckError (one line) if it is malformed."""
    machines = read_ints(output, 0, case["m"] - 1, case["n"], "machine")
    load = [0] * case["m"]
    for row, k in zip(case["times"], machines):
        load[k] += row[k]
    return max(load)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, makespan)
