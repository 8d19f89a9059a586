"""Judge for the cp_binpack1d family (one-dimensional bin packing): compile, run every case, check, score.

Input of a case (stdin): n and the capacity C, then n item weights (integers 1..C). Output (stdout): exactly
n integers b_0 .. b_{n-1} in 0..n-1: item i goes into bin b_i. Anything else (fewer or more tokens, a
non-integer, a label out of range) is malformed, and a bin whose weights sum to more than C is infeasible.
The objective is the number of distinct bin labels used (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (bins - baseline) / (reference - baseline), 0, 100), where `baseline` is first fit in the given
order and `reference` the planted perfect packing for the planted kinds, else the best of first/best fit
decreasing and minimum bin slack improved by a dominance local search with kicks (data.py). A malformed or infeasible answer, a crash or a timeout scores 0 for its case only;
`score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line
error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    return f"{case['n']} {case['capacity']}\n" + " ".join(map(str, case["weights"])) + "\n"


def bins_used(case: dict, output: str) -> int:
    """Bins of the printed packing; CheckError (one line) if it is malformed or a bin is overfull."""
    n, capacity = case["n"], case["capacity"]
    labels = read_ints(output, 0, n - 1, n, "bin")
    loads: dict[int, int] = {}
    for weight, label in zip(case["weights"], labels):
        loads[label] = loads.get(label, 0) + weight
    for label, load in loads.items():
        if load > capacity:
            raise CheckError(f"bin {label} holds {load} > capacity {capacity}")
    return len(loads)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, bins_used)
