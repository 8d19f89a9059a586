"""Judge for cp_coloring (graph colouring with few colours): compile, run every case, check, score.

Input of a case (stdin): "n m", then m lines "u v" (0 <= u < v < n, no repeats): an undirected graph.
Output (stdout): exactly n integers c_0 .. c_{n-1}, each in 1..n, the colour of every vertex. Anything
else (fewer or more tokens, a non-integer or out-of-range token) is malformed; an edge whose ends share a
colour makes the answer infeasible. The objective is the number of distinct colours used (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (colours - baseline) / (reference - baseline), 0, 100), where `baseline` is first-fit greedy
in input order and `reference` the best of DSatur, RLF, iterated greedy and, for graphs built around a
hidden colouring, that colouring (data.py). A malformed or infeasible answer, a crash or a timeout scores
0 for its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid
(combined_score 0, one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['edges'])}"] + [f"{u} {v}" for u, v in case["edges"]]
    return "\n".join(lines) + "\n"


def colours_used(case: dict, output: str) -> int:
    """Distinct colours of a proper colouring printed as n integers; CheckError (one line) otherwise."""
    n = case["n"]
    colour = read_ints(output, 1, n, n, "colour")
    for u, v in case["edges"]:
        if colour[u] == colour[v]:
            raise CheckError(f"edge {u}-{v} joins two vertices of colour {colour[u]}")
    return len(set(colour))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, colours_used)
