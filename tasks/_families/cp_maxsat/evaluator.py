"""Judge for the cp_maxsat family (weighted MAX-SAT): compile, run every case, check, score.

Input of a case (stdin): n m, then m lines `w k l_1 .. l_k`: a clause of weight w >= 1 over k >= 1
literals, l = +v for variable v (1..n) and l = -v for its negation. Output (stdout): exactly n integers
x_1 .. x_n, each 0 or 1. Anything else (fewer or more tokens, a non-integer, a value other than 0/1) is
malformed. The objective is the total weight of the clauses with at least one true literal (higher is
better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (value - baseline) / (reference - baseline), 0, 100), where `baseline` is the weighted literal
vote improved by best single flips to a local optimum and `reference` is tabu search from it (data.py). A
malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    clauses = case["clauses"]
    lines = [f"{case['n']} {len(clauses)}"]
    lines += [f"{c[0]} {len(c) - 1} " + " ".join(map(str, c[1:])) for c in clauses]
    return "\n".join(lines) + "\n"


def satisfied_weight(case: dict, output: str) -> int:
    """Weight of the clauses the printed assignment satisfies; CheckError (one line) if it is malformed."""
    x = np.array(read_ints(output, 0, 1, case["n"], "value"), dtype=np.int64)
    clauses = case["clauses"]
    owner = np.array([i for i, c in enumerate(clauses) for _ in c[1:]], dtype=np.int64)
    lits = np.array([lit for c in clauses for lit in c[1:]], dtype=np.int64)
    true_count = np.bincount(owner, weights=x[np.abs(lits) - 1] == (lits > 0), minlength=len(clauses))
    weight = np.array([c[0] for c in clauses], dtype=np.int64)
    return int(weight[true_count > 0].sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, satisfied_weight)
