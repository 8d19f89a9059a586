"""Judge for cp_dispersion (max-min p-dispersion): compile, run every case, check, score.

Input of a case (stdin): n and p, then n lines x y (distinct points, integer coordinates in 0..10000).
Output (stdout): exactly p distinct point indices in 0..n-1. Malformed: not p integers, an index out of
range, an index listed twice. The objective is the smallest Euclidean distance between two chosen points,
computed exactly from the integer squared distances (higher is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (distance - baseline) / (reference - baseline), 0, 100), where `baseline` is greedy farthest
point from the farthest pair and `reference` multi-start greedy with swap descent (data.py). A malformed
answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a well-formed answer.
"""
from __future__ import annotations

import json
import math

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    return "\n".join([f"{case['n']} {case['p']}"] + [f"{x} {y}" for x, y in case["points"]]) + "\n"


def min_distance(case: dict, output: str) -> float:
    """Smallest distance between the chosen points; CheckError (one line) if the choice is malformed."""
    chosen = read_ints(output, 0, case["n"] - 1, case["p"], "point")
    require_distinct(chosen, "point")
    xy = np.array(case["points"], dtype=np.int64)[chosen]
    diff = xy[:, None, :] - xy[None, :, :]
    d2 = (diff * diff).sum(axis=2)
    return math.sqrt(int(d2[np.triu_indices(len(chosen), 1)].min()))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, min_distance)
