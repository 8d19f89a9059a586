"""Judge for the cp_facility family (uncapacitated facility location): compile, run every case, check, score.

Input of a case (stdin): m n, then a line of m opening costs f_0..f_{m-1}, then m lines of n assignment
costs: line i holds c_i0..c_i(n-1), the cost of serving customer j from facility i (non-negative integers).
Output (stdout): k >= 1, then k distinct facilities 0..m-1: the open set S. Every customer is served by its
cheapest open facility. Anything else (k = 0, a count that does not match the tokens, a non-integer, a
facility out of range or repeated) is rejected. The objective is
cost = sum of f_i over S + sum over customers j of min over i in S of c_ij (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100), where `baseline` is greedy add and
`reference` is open/close/swap local search from it (data.py). A rejected answer, a crash or a timeout
scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid
(combined_score 0, one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import (
    CheckError,
    Task,
    evaluate_cases,
    read_counted_ints,
    require_distinct,
)


def case_input(case: dict) -> str:
    lines = [f"{case['m']} {case['n']}", " ".join(map(str, case["open"]))]
    lines += [" ".join(map(str, row)) for row in case["cost"]]
    return "\n".join(lines) + "\n"


def location_cost(case: dict, output: str) -> int:
    """Cost of the printed open set; CheckError (one line) if it is empty or malformed."""
    chosen = read_counted_ints(output, 0, case["m"] - 1, case["m"], "facility")
    if not chosen:
        raise CheckError("no facility is open: every customer needs one")
    require_distinct(chosen, "facility")
    cost = np.array(case["cost"], dtype=np.int64)[chosen]
    return int(sum(case["open"][i] for i in chosen) + cost.min(axis=0).sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, location_cost)
