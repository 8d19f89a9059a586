"""Judge for cp_orienteering (max prize on a closed tour under a length budget): compile, run, check, score.

Input of a case (stdin): n and the budget L (integers), then the depot's coordinates x y, then n lines x y p
(node i = 1..n at integer coordinates (x, y) with prize p). Output (stdout): m (0..n), then m distinct node
numbers in visiting order; the tour starts at the depot, visits them and returns to the depot. Malformed:
not integers, a count or a node out of range, a different number of tokens than 1 + m, a node listed twice,
a tour longer than L (Euclidean length, depot legs included, computed here in double precision; 1e-6 of
slack for rounding). The objective is the sum of the prizes of the visited nodes (higher is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (prize - baseline) / (reference - baseline), 0, 100), where `baseline` is the prize / distance
ratio greedy and `reference` ratio insertion alternating with 2-opt (data.py). A malformed answer, a crash
or a timeout scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100.
Invalid (combined_score 0, one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import itertools
import json
import math

from eft.judge import (
    CheckError,
    Task,
    evaluate_cases,
    read_counted_ints,
    require_distinct,
)

SLACK = 1e-6  # absolute rounding slack on the budget (lengths are ~1e3..1e4)


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['budget']}", " ".join(map(str, case["depot"]))]
    lines += [" ".join(map(str, p)) for p in case["nodes"]]
    return "\n".join(lines) + "\n"


def tour_prize(case: dict, output: str) -> int:
    """Prize of the printed tour; CheckError (one line) if it is malformed or longer than the budget."""
    n = case["n"]
    tour = read_counted_ints(output, 1, n, n, "node")
    require_distinct(tour, "node")
    nodes = [case["depot"]] + case["nodes"]
    path = [0] + tour + [0]
    length = sum(math.hypot(nodes[a][0] - nodes[b][0], nodes[a][1] - nodes[b][1]) for a, b in itertools.pairwise(path))
    if length > case["budget"] + SLACK:
        raise CheckError(f"tour length {length:.6f} exceeds the budget {case['budget']}")
    return sum(nodes[j][2] for j in tour)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, tour_prize)
