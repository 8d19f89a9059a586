"""Judge for cp_setcover (weighted set cover): compile, run every case, check, score.

Input of a case (stdin): "n m" (n elements 0..n-1, m sets), then m lines "c k e_1 .. e_k": the cost c
(1..1000) and the k distinct elements of each set. Every element lies in at least one set. Output
(stdout): k, then exactly k distinct set indices in 0..m-1 whose union is all n elements. Anything else
(a missing or extra token, a non-integer, an index out of range, a repeated index) is malformed; an
uncovered element makes the answer infeasible. The objective is the total cost of the chosen sets
(lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100) (both differences negative when the cost
improves), where `baseline` is Chvátal's greedy (least cost per newly covered element) and `reference`
that greedy improved by redundancy removal and iterated drop-and-repair local search (data.py). A malformed or
infeasible answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import (
    CheckError,
    Task,
    evaluate_cases,
    read_counted_ints,
    require_distinct,
)


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['sets'])}"]
    lines += [f"{cost} {len(members)} {' '.join(map(str, members))}" for cost, members in zip(case["costs"], case["sets"])]
    return "\n".join(lines) + "\n"


def cover_cost(case: dict, output: str) -> int:
    """Total cost of the printed cover; CheckError (one line) if malformed or an element is uncovered."""
    m = len(case["sets"])
    chosen = read_counted_ints(output, 0, m - 1, m, "set")
    require_distinct(chosen, "set")
    covered = [False] * case["n"]
    for s in chosen:
        for e in case["sets"][s]:
            covered[e] = True
    if not all(covered):
        missing = covered.index(False)
        raise CheckError(f"element {missing} is not covered ({covered.count(False)} uncovered)")
    return sum(case["costs"][s] for s in chosen)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, cover_cost)
