"""Judge for the cp_maxdiv family (max-sum diversity): compile, run every case, check, score.

Input of a case (stdin): n m, then n lines of n non-negative integer distances d[i][j] (symmetric, zero
diagonal). Output (stdout): exactly m distinct integers in 0..n-1, the chosen items. Anything else (fewer
or more tokens, a non-integer, an index out of range, a repeated index) is malformed. The objective is the
sum of d[i][j] over the unordered pairs {i, j} of chosen items (higher is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (value - baseline) / (reference - baseline), 0, 100), where `baseline` takes the m items with
the largest total distance to all items and `reference` is greedy construction plus tabu search over
swaps (data.py). A malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean
over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error,
or no case with a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['m']}"] + [" ".join(map(str, row)) for row in case["dist"]]
    return "\n".join(lines) + "\n"


def diversity(case: dict, output: str) -> int:
    """Sum of pairwise distances of the printed items; CheckError (one line) if the output is malformed."""
    chosen = read_ints(output, 0, case["n"] - 1, case["m"], "item")
    require_distinct(chosen, "item")
    dist = np.array(case["dist"], dtype=np.int64)
    return int(dist[np.ix_(chosen, chosen)].sum() // 2)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, diversity)
