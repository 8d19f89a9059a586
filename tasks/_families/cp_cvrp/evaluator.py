"""Judge for cp_cvrp (capacitated vehicle routing): compile, run every case, check, score.

Input of a case (stdin): n and the capacity Q, then the depot's coordinates x y, then n lines x y q
(customer i = 1..n at integer coordinates (x, y) with demand q). Output (stdout): the number of routes k
(1..n), then for each route its length m (1..n) followed by m customer numbers in visiting order. Every
route starts and ends at the depot. Malformed: not integers, a count or a customer out of range, fewer or
more tokens than the counts announce, a customer served twice or never, a route whose demands exceed Q.
The objective is the total Euclidean length of the routes, depot legs included (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (cost - baseline) / (reference - baseline), 0, 100), where `baseline` is the nearest-neighbour
fleet and `reference` Clarke-Wright savings with 2-opt and relocation (data.py). A malformed answer, a crash
or a timeout scores 0 for its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid
(combined_score 0, one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import itertools
import json
import math

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['capacity']}", " ".join(map(str, case["depot"]))]
    lines += [" ".join(map(str, c)) for c in case["customers"]]
    return "\n".join(lines) + "\n"


def routes_cost(case: dict, output: str) -> float:
    """Total length of the printed routes; CheckError (one line) if they are malformed or infeasible."""
    n, cap = case["n"], case["capacity"]
    values = read_ints(output, 0, n, None, "number")
    if not values:
        raise CheckError("empty output: expected the number of routes first")
    k, pos = values[0], 1
    if k < 1:
        raise CheckError("the number of routes must be at least 1")
    nodes = [case["depot"]] + [c[:2] for c in case["customers"]]
    seen = [False] * (n + 1)
    total = 0.0
    for r in range(k):
        if pos >= len(values):
            raise CheckError(f"route {r + 1} of {k} is missing")
        m = values[pos]
        pos += 1
        if m < 1 or pos + m > len(values):
            raise CheckError(f"route {r + 1}: length {m} is not 1..{len(values) - pos} (the tokens left)")
        route = values[pos:pos + m]
        pos += m
        load = 0
        for c in route:
            if c == 0:
                raise CheckError(f"route {r + 1} lists the depot 0 as a customer")
            if seen[c]:
                raise CheckError(f"customer {c} is served twice")
            seen[c] = True
            load += case["customers"][c - 1][2]
        if load > cap:
            raise CheckError(f"route {r + 1} carries {load} > capacity {cap}")
        path = [0] + route + [0]
        total += sum(math.hypot(nodes[a][0] - nodes[b][0], nodes[a][1] - nodes[b][1]) for a, b in itertools.pairwise(path))
    if pos != len(values):
        raise CheckError(f"{len(values) - pos} tokens after the last route")
    missing = [c for c in range(1, n + 1) if not seen[c]]
    if missing:
        raise CheckError(f"customer {missing[0]} is never served ({len(missing)} unserved)")
    return total


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, routes_cost)
