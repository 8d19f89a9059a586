"""Judge for the cp_dcmst family (degree-constrained minimum spanning tree): compile, run, check, score.

Input of a case (stdin): n D, then n lines of n integer weights w[u][v] (symmetric, zero diagonal, the
complete graph on vertices 0..n-1). Output (stdout): exactly n - 1 edges, each as two integers `u v` in
0..n-1. Malformed (the case scores 0): fewer or more tokens, a non-integer, a vertex out of range, a loop
u = v, an edge that closes a cycle (so the edges do not span), or a vertex with more than D edges. The
objective is the total weight of the n - 1 edges (lower is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (weight - baseline) / (reference - baseline), 0, 100) (both differences negative when the
weight improves), where `baseline` is degree-restricted Prim from vertex 0 and `reference` is iterated
edge-exchange descent (data.py). A malformed answer, a crash or a timeout scores 0 for its case only;
`score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line
error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['max_degree']}"] + [" ".join(map(str, row)) for row in case["weights"]]
    return "\n".join(lines) + "\n"


def tree_weight(case: dict, output: str) -> int:
    """Weight of the printed spanning tree; CheckError (one line) if it breaks a rule above."""
    n, cap = case["n"], case["max_degree"]
    ends = read_ints(output, 0, n - 1, 2 * (n - 1), "vertex")
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    degree = [0] * n
    total = 0
    for t in range(n - 1):
        u, v = ends[2 * t], ends[2 * t + 1]
        if u == v:
            raise CheckError(f"edge {t} is a loop at vertex {u}")
        ru, rv = root(u), root(v)
        if ru == rv:
            raise CheckError(f"edge {t} ({u}, {v}) closes a cycle: the edges do not span the graph")
        parent[ru] = rv
        degree[u] += 1
        degree[v] += 1
        if max(degree[u], degree[v]) > cap:
            raise CheckError(f"vertex {u if degree[u] > cap else v} has more than {cap} edges")
        total += case["weights"][u][v]
    return total


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, tree_weight)
