"""Judge for cp_qap (quadratic assignment): compile, run every case, check, score.

Input of a case (stdin): n, then n lines of the flow matrix F, then n lines of the distance matrix D
(n x n non-negative integers, both symmetric with zero diagonals). Output (stdout): exactly n integers
p_0 .. p_{n-1}, a permutation of 0..n-1: facility i is placed at location p_i. Anything else (fewer or
more tokens, a non-integer, a value out of range, a repeated location) is malformed. The objective is
cost = sum over all ordered pairs (i, j) of F[i][j] * D[p_i][p_j] (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100) (both differences negative when the cost
improves), where `baseline` pairs facilities by total flow with locations by total distance and descends
by best-improvement pair swaps to a local optimum, and `reference` is iterated local search from it
(data.py). A malformed answer, a crash or a timeout
scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid
(combined_score 0, one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [str(case["n"])] + [" ".join(map(str, row)) for row in case["flow"] + case["dist"]]
    return "\n".join(lines) + "\n"


def assignment_cost(case: dict, output: str) -> int:
    """Cost of the printed permutation; CheckError (one line) if it is not a permutation of 0..n-1."""
    n = case["n"]
    perm = read_ints(output, 0, n - 1, n, "location")
    require_distinct(perm, "location")
    flow, dist = np.array(case["flow"], dtype=np.int64), np.array(case["dist"], dtype=np.int64)
    return int((flow * dist[np.ix_(perm, perm)]).sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, assignment_cost)
