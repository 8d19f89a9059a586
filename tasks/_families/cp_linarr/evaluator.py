"""Judge for the cp_linarr family (minimum linear arrangement): compile, run every case, check, score.

Input of a case (stdin): n m, then m lines `u v w`: an undirected edge {u, v} of weight w (vertices
0..n-1, no self-loops or repeated edges, the graph connected). Output (stdout): exactly n integers, the
vertices in order from first to last, a permutation of 0..n-1. Anything else (fewer or more tokens, a
non-integer, a value out of range, a repeated vertex) is malformed. The objective is
cost = sum over the edges of w * |pos(u) - pos(v)|, pos being the place in the printed order (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100), where `baseline` is the Cuthill-McKee
breadth-first order and `reference` is pair-swap local search from it and from a pseudo-peripheral start
(data.py). A malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the
cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case
with a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints, require_distinct


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])}"] + [f"{u} {v} {w}" for u, v, w in case["edges"]]
    return "\n".join(lines) + "\n"


def arrangement_cost(case: dict, output: str) -> int:
    """Cost of the printed order; CheckError (one line) if it is not a permutation of 0..n-1."""
    n = case["n"]
    order = read_ints(output, 0, n - 1, n, "vertex")
    require_distinct(order, "vertex")
    position = [0] * n
    for index, vertex in enumerate(order):
        position[vertex] = index
    return sum(w * abs(position[u] - position[v]) for u, v, w in case["edges"])


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, arrangement_cost)
