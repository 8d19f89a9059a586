"""Judge for the cp_ap3 family (axial three-index assignment): compile, run every case, check, score.

Input of a case (stdin): n, then n * n lines: line i * n + j holds the n costs c[i][j][0] .. c[i][j][n-1]
(non-negative integers). Output (stdout): exactly 2n integers, the permutation p_0 .. p_{n-1} and then the
permutation q_0 .. q_{n-1} of 0..n-1: the triples are (i, p_i, q_i). Anything else (fewer or more tokens,
a non-integer, a value out of range, a repeated value within p or within q) is malformed. The objective is
sum_i c[i][p_i][q_i] (lower is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100) (both differences negative when the cost
improves), where `baseline` is the greedy cheapest-compatible-triple-first answer and `reference` is
iterated alternating linear assignments (data.py). A malformed answer, a crash or a timeout scores 0 for
its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0,
one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [str(case["n"])] + [" ".join(map(str, row)) for plane in case["cost"] for row in plane]
    return "\n".join(lines) + "\n"


def triples_cost(case: dict, output: str) -> int:
    """Cost of the printed triples; CheckError (one line) unless the output is two permutations of 0..n-1."""
    n = case["n"]
    values = read_ints(output, 0, n - 1, 2 * n, "index")
    p, q = values[:n], values[n:]
    require_distinct(p, "second index (p)")
    require_distinct(q, "third index (q)")
    cost = np.array(case["cost"], dtype=np.int64)
    return int(cost[np.arange(n), p, q].sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, triples_cost)
