"""Judge for the cp_gap family (generalized assignment, min cost under capacities): compile, run, check, score.

Input of a case (stdin): m n (agents, jobs), then m lines of n costs c[i][j], then m lines of n resources
r[i][j] (positive integers), then one line of m capacities b[i]. Output (stdout): exactly n integers
a_0 .. a_{n-1} in 0..m-1: job j goes to agent a_j. Malformed (the case scores 0): fewer or more tokens, a
non-integer, an agent out of range, or an agent whose jobs need more than its capacity
(sum of r[i][j] over the jobs j with a_j = i exceeds b[i]). The objective is the total cost
sum_j c[a_j][j] (lower is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100) (both differences negative when the cost
improves), where `baseline` is Martello-Toth regret greedy and `reference` is iterated shift/swap local
search (data.py). A malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean
over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error,
or no case with a feasible answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['m']} {case['n']}"]
    lines += [" ".join(map(str, row)) for row in case["cost"] + case["resource"]]
    lines.append(" ".join(map(str, case["capacity"])))
    return "\n".join(lines) + "\n"


def assignment_cost(case: dict, output: str) -> int:
    """Total cost of the printed assignment; CheckError (one line) if it is malformed or over a capacity."""
    m, n = case["m"], case["n"]
    agent = np.array(read_ints(output, 0, m - 1, n, "agent"), dtype=np.int64)
    jobs = np.arange(n)
    resource = np.array(case["resource"], dtype=np.int64)
    load = np.bincount(agent, weights=resource[agent, jobs], minlength=m).astype(np.int64)
    capacity = np.array(case["capacity"], dtype=np.int64)
    over = np.flatnonzero(load > capacity)
    if over.size:
        i = int(over[0])
        raise CheckError(f"agent {i} carries {int(load[i])} > capacity {int(capacity[i])}")
    return int(np.array(case["cost"], dtype=np.int64)[agent, jobs].sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, assignment_cost)
