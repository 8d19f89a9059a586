"""Judge for cp_maxcut (weighted maximum cut): compile, run every case, check, score.

Input of a case (stdin): "n m", then m lines "u v w" (0 <= u < v < n, no repeats, w a nonzero integer in
-100..100): an undirected weighted graph. Output (stdout): exactly n integers, each 0 or 1, the side of
vertices 0..n-1. Anything else (fewer or more tokens, a non-integer, a value other than 0 or 1) is
malformed. The objective is the cut weight, the sum of w over the edges whose ends are on different
sides (higher is better; it can be negative).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cut - baseline) / (reference - baseline), 0, 100), where `baseline` is one-pass greedy in
input order and `reference` the greedy improved by iterated single-flip local search (data.py). A
malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case
with a well-formed answer.
"""
from __future__ import annotations

import json

from eft.judge import Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])}"] + [f"{u} {v} {w}" for u, v, w in case["edges"]]
    return "\n".join(lines) + "\n"


def cut_weight(case: dict, output: str) -> int:
    """Weight of the cut printed as n sides (0/1); CheckError (one line) if malformed."""
    side = read_ints(output, 0, 1, case["n"], "side")
    return sum(w for u, v, w in case["edges"] if side[u] != side[v])


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, cut_weight)
