"""Judge for the cp_domset family (minimum-weight dominating set): compile, run every case, check, score.

Input of a case (stdin): n m, then a line of n vertex weights (positive integers), then m lines `u v`: an
undirected edge (vertices 0..n-1, no self-loops or repeated edges). Output (stdout): k, then k distinct
vertices: the set D. Every vertex must be in D or adjacent to a vertex of D. Anything else (a count that
does not match the tokens, a non-integer, a vertex out of range, a repeated vertex, an undominated vertex) is
rejected. The objective is the total weight of D (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (weight - baseline) / (reference - baseline), 0, 100), where `baseline` is the greedy by weight
per newly dominated vertex and `reference` is that greedy pruned and improved by iterated local search
(data.py). A rejected answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the
cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case
with a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import (
    CheckError,
    Task,
    evaluate_cases,
    read_counted_ints,
    require_distinct,
)


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])}", " ".join(map(str, case["weight"]))]
    lines += [f"{u} {v}" for u, v in case["edges"]]
    return "\n".join(lines) + "\n"


def set_weight(case: dict, output: str) -> int:
    """Weight of the printed set; CheckError (one line) if it is malformed or leaves a vertex undominated."""
    n = case["n"]
    chosen = read_counted_ints(output, 0, n - 1, n, "vertex")
    require_distinct(chosen, "vertex")
    dominated = [False] * n
    for v in chosen:
        dominated[v] = True
    members = set(chosen)
    for u, v in case["edges"]:
        if u in members:
            dominated[v] = True
        if v in members:
            dominated[u] = True
    if not all(dominated):
        raise CheckError(f"vertex {dominated.index(False)} is neither in the set nor adjacent to it")
    return sum(case["weight"][v] for v in chosen)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, set_weight)
