"""Judge for cp_scs (shortest common supersequence): compile, run every case, check, score.

Input of a case (stdin): k and the alphabet size a, then k lines, each a non-empty string over the first a
lowercase letters. Output (stdout): one string over the same letters, at most as long as all inputs
together. Malformed: no token or more than one, a character outside the alphabet, a string that is too long,
an input string that is not a subsequence of it (its letters in order, not necessarily adjacent). The
objective is the length of the printed string (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (length - baseline) / (reference - baseline), 0, 100), where `baseline` is majority merge and
`reference` the best of several weighted majority merges with redundant letters deleted (data.py). A
malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with a
well-formed answer.
"""
from __future__ import annotations

import json
import string

from eft.judge import CheckError, Task, evaluate_cases


def case_input(case: dict) -> str:
    return "\n".join([f"{case['k']} {case['alphabet']}"] + case["strings"]) + "\n"


def supersequence_length(case: dict, output: str) -> int:
    """Length of the printed supersequence; CheckError (one line) if it is malformed or misses an input."""
    tokens = output.split()
    if len(tokens) != 1:
        raise CheckError(f"expected one string, got {len(tokens)} tokens")
    sup = tokens[0]
    limit = sum(len(s) for s in case["strings"])
    if len(sup) > limit:
        raise CheckError(f"the string has {len(sup)} letters, more than all inputs together ({limit})")
    letters = set(string.ascii_lowercase[:case["alphabet"]])
    bad = next((c for c in sup if c not in letters), None)
    if bad is not None:
        raise CheckError(f"character {bad[:1]!a} is not one of the first {case['alphabet']} lowercase letters")
    for i, s in enumerate(case["strings"]):
        rest = iter(sup)
        if not all(c in rest for c in s):
            raise CheckError(f"input string {i} is not a subsequence of the answer")
    return len(sup)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, supersequence_length)
