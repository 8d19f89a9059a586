"""Judge for the cp_kpart family (balanced k-way graph partitioning): compile, run every case, check, score.

Input of a case (stdin): n m k cap, then m lines `u v w`: an undirected edge {u, v} of weight w (vertices
0..n-1, no self-loops or repeated edges). Output (stdout): exactly n integers, the part (0..k-1) of vertex
0, 1, ..., n-1; every part may hold at most cap vertices (parts may be empty). Anything else (fewer or more
tokens, a non-integer, a part out of range, a part over its capacity) is rejected. The objective is the cut:
the total weight of the edges whose ends lie in different parts (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cut - baseline) / (reference - baseline), 0, 100), where `baseline` cuts a breadth-first order
into k consecutive chunks and `reference` is move/swap local search from it (data.py). A rejected answer, a
crash or a timeout scores 0 for its case only; `score` is the mean over the cases, combined_score =
score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json
from collections import Counter

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])} {case['k']} {case['cap']}"]
    lines += [f"{u} {v} {w}" for u, v, w in case["edges"]]
    return "\n".join(lines) + "\n"


def cut_weight(case: dict, output: str) -> int:
    """Cut of the printed parts; CheckError (one line) if a part is out of range or over its capacity."""
    part = read_ints(output, 0, case["k"] - 1, case["n"], "part")
    fullest, size = Counter(part).most_common(1)[0]
    if size > case["cap"]:
        raise CheckError(f"part {fullest} has {size} vertices, more than the capacity {case['cap']}")
    return sum(w for u, v, w in case["edges"] if part[u] != part[v])


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, cut_weight)
