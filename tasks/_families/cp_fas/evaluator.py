"""Judge for the cp_fas family (feedback arc set / linear ordering): compile, run every case, check, score.

Input of a case (stdin): n m, then m lines `u v w`: an arc from u to v of weight w (1..9; vertices 0..n-1,
no self-loops, each ordered pair at most once, both directions may occur). Output (stdout): exactly n
integers, the vertices in order from first to last, a permutation of 0..n-1. Anything else (fewer or more
tokens, a non-integer, a value out of range, a repeated vertex) is malformed. The objective is the back
weight: the total weight of the arcs (u, v) with u placed after v (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (back - baseline) / (reference - baseline), 0, 100), where `baseline` sorts the vertices by
out-weight minus in-weight and `reference` is insertion local search from it (data.py). A malformed answer,
a crash or a timeout scores 0 for its case only; `score` is the mean over the cases, combined_score =
score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['arcs'])}"] + [f"{u} {v} {w}" for u, v, w in case["arcs"]]
    return "\n".join(lines) + "\n"


def back_weight(case: dict, output: str) -> int:
    """Back weight of the printed order; CheckError (one line) if it is not a permutation of 0..n-1."""
    n = case["n"]
    order = read_ints(output, 0, n - 1, n, "vertex")
    require_distinct(order, "vertex")
    position = [0] * n
    for index, vertex in enumerate(order):
        position[vertex] = index
    return sum(w for u, v, w in case["arcs"] if position[u] > position[v])


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, back_weight)
