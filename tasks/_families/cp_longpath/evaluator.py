"""Judge for the cp_longpath family (longest simple path): compile, run every case, check, score.

Input of a case (stdin): n m, then m lines `u v w`: an undirected edge {u, v} of weight w (vertices
0..n-1, no self-loops or repeated edges, the graph connected). Output (stdout): k >= 1, then k distinct
vertices v_1 .. v_k, each adjacent to the next: a simple path. Anything else (k = 0, a count that does not
match the tokens, a non-integer, a vertex out of range or repeated, two consecutive vertices without an
edge) is rejected. The objective is the weight of the path, the sum of the weights of its k - 1 edges
(higher is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (weight - baseline) / (reference - baseline), 0, 100), where `baseline` is the heaviest-edge
greedy walk from the vertex of largest weighted degree and `reference` is the best of many randomized
Warnsdorff walks with vertex insertion (data.py). A rejected answer, a crash or a timeout scores 0 for its
case only; `score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0,
one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json
from itertools import pairwise

from eft.judge import (
    CheckError,
    Task,
    evaluate_cases,
    read_counted_ints,
    require_distinct,
)


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])}"] + [f"{u} {v} {w}" for u, v, w in case["edges"]]
    return "\n".join(lines) + "\n"


def path_weight(case: dict, output: str) -> int:
    """Weight of the printed path; CheckError (one line) if it is empty, repeats a vertex or skips an edge."""
    path = read_counted_ints(output, 0, case["n"] - 1, case["n"], "vertex")
    if not path:
        raise CheckError("empty path: print at least one vertex")
    require_distinct(path, "vertex")
    weight = {}
    for u, v, w in case["edges"]:
        weight[(u, v)] = weight[(v, u)] = w
    total = 0
    for a, b in pairwise(path):
        if (a, b) not in weight:
            raise CheckError(f"consecutive vertices {a} and {b} are not joined by an edge")
        total += weight[(a, b)]
    return total


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, path_weight)
