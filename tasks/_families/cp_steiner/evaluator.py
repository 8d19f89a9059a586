"""Judge for the cp_steiner family (Steiner tree in graphs): compile, run every case, check, score.

Input of a case (stdin): n m t, then m lines `u v w`: edge number i (0-based, in input order) joins u and v
with weight w (vertices 0..n-1, the graph connected), then a line of t distinct terminal vertices. Output
(stdout): k, then k distinct edge numbers: the chosen edges, which must connect every terminal to every
other (extra edges and cycles are allowed, they only cost). Anything else (a count that does not match the
tokens, a non-integer, an edge out of range or repeated, terminals left apart) is rejected. The objective
is the total weight of the chosen edges (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (weight - baseline) / (reference - baseline), 0, 100), where `baseline` is the union of the
shortest paths from the first terminal to the others and `reference` is Takahashi-Matsuyama with
Steiner-vertex local search (data.py). A rejected answer, a crash or a timeout scores 0 for its case only;
`score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line
error): a compile error, or no case with a feasible answer.
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
    lines = [f"{case['n']} {len(case['edges'])} {len(case['terminals'])}"]
    lines += [f"{u} {v} {w}" for u, v, w in case["edges"]]
    lines.append(" ".join(map(str, case["terminals"])))
    return "\n".join(lines) + "\n"


def tree_weight(case: dict, output: str) -> int:
    """Weight of the printed edges; CheckError (one line) if malformed or if they leave terminals apart."""
    edges = case["edges"]
    chosen = read_counted_ints(output, 0, len(edges) - 1, len(edges), "edge")
    require_distinct(chosen, "edge")
    root = list(range(case["n"]))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for i in chosen:
        root[find(edges[i][0])] = find(edges[i][1])
    first, *others = case["terminals"]
    for t in others:
        if find(t) != find(first):
            raise CheckError(f"terminal {t} is not connected to terminal {first} by the chosen edges")
    return sum(edges[i][2] for i in chosen)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, tree_weight)
