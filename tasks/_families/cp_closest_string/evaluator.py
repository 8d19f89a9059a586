"""Judge for cp_closest_string (closest string: min max Hamming distance): compile, run, check, score.

Input of a case (stdin): k, L and the alphabet size a, then k lines, each a string of exactly L letters
from the first a lowercase letters. Output (stdout): one string of exactly L letters from the same alphabet.
Malformed: no token or more than one, a different length, a character outside the alphabet. The objective
is the largest Hamming distance (positions that differ) between the answer and an input (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (distance - baseline) / (reference - baseline), 0, 100), where `baseline` is the column-wise
consensus and `reference` single-letter-change descent with kicks from the consensus and from the rounded
LP relaxation, usually an optimum (data.py). A malformed answer, a crash or a timeout scores 0 for its case
only; `score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line
error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json
import string

from eft.judge import CheckError, Task, evaluate_cases


def case_input(case: dict) -> str:
    return "\n".join([f"{case['k']} {case['length']} {case['alphabet']}"] + case["strings"]) + "\n"


def max_distance(case: dict, output: str) -> int:
    """Largest Hamming distance from the printed string to an input; CheckError (one line) if malformed."""
    tokens = output.split()
    if len(tokens) != 1:
        raise CheckError(f"expected one string, got {len(tokens)} tokens")
    answer = tokens[0]
    if len(answer) != case["length"]:
        raise CheckError(f"the string has {len(answer)} letters, expected {case['length']}")
    letters = set(string.ascii_lowercase[:case["alphabet"]])
    bad = next((c for c in answer if c not in letters), None)
    if bad is not None:
        raise CheckError(f"character {bad!a} is not one of the first {case['alphabet']} lowercase letters")
    return max(sum(a != b for a, b in zip(answer, s)) for s in case["strings"])


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, max_distance)
