"""Judge for cp_mwis (maximum-weight independent set): compile, run every case, check, score.

Input of a case (stdin): "n m", then n vertex weights (1..100), then m lines "u v" (0 <= u < v < n, no
repeats): an undirected graph. Output (stdout): k, then exactly k distinct vertex indices in 0..n-1, no two
of them joined by an edge. Anything else (a missing or extra token, a non-integer, an index out of range,
a repeated index) is malformed; a chosen edge makes the answer infeasible. The objective is the total
weight of the chosen vertices (higher is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (weight - baseline) / (reference - baseline), 0, 100), where `baseline` is greedy by weight
and `reference` GWMIN greedy plus iterated (1,*)-swap local search (data.py). A malformed or infeasible
answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a feasible answer.
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
    lines = [f"{case['n']} {len(case['edges'])}", " ".join(map(str, case["weights"]))]
    lines += [f"{u} {v}" for u, v in case["edges"]]
    return "\n".join(lines) + "\n"


def set_weight(case: dict, output: str) -> int:
    """Total weight of the printed independent set; CheckError (one line) if malformed or not independent."""
    n = case["n"]
    chosen = read_counted_ints(output, 0, n - 1, n, "vertex")
    require_distinct(chosen, "vertex")
    inside = set(chosen)
    for u, v in case["edges"]:
        if u in inside and v in inside:
            raise CheckError(f"vertices {u} and {v} are both chosen but joined by an edge")
    return sum(case["weights"][v] for v in chosen)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, set_weight)
