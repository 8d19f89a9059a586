"""Judge for the cp_multiknap family (multiple 0-1 knapsack): compile, run every case, check, score.

Input of a case (stdin): n and m, then the m capacities c_0 .. c_{m-1}, then n lines "w_i v_i" (weight and
value of item i, positive integers). Output (stdout): exactly n integers in -1..m-1: the knapsack of item i,
or -1 to leave it out. Anything else (fewer or more tokens, a non-integer, a label out of range) is
malformed, and a knapsack whose items weigh more than its capacity is infeasible. The objective is the
total value of the packed items (higher is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (value - baseline) / (reference - baseline), 0, 100), where `baseline` is first fit in the given
order and `reference` the better of a density greedy and knapsack-by-knapsack dynamic programming, each
improved by insert, move and swap passes (data.py). A malformed or infeasible answer, a crash or a timeout scores 0 for its case only; `score` is
the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a
compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['m']}", " ".join(map(str, case["capacities"]))]
    lines += [f"{w} {v}" for w, v in zip(case["weights"], case["values"])]
    return "\n".join(lines) + "\n"


def packed_value(case: dict, output: str) -> int:
    """Value of the printed packing; CheckError (one line) if it is malformed or a knapsack is overfull."""
    labels = read_ints(output, -1, case["m"] - 1, case["n"], "knapsack")
    load = [0] * case["m"]
    value = 0
    for weight, item_value, label in zip(case["weights"], case["values"], labels):
        if label >= 0:
            load[label] += weight
            value += item_value
    for k, (used, capacity) in enumerate(zip(load, case["capacities"])):
        if used > capacity:
            raise CheckError(f"knapsack {k} holds weight {used} > capacity {capacity}")
    return value


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, packed_value)
