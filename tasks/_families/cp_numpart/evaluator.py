"""Judge for the cp_numpart family (multi-way number partitioning, min spread): compile, run, check, score.

Input of a case (stdin): n and k, then n positive integers a_0 .. a_{n-1} (each at most about 10^12, so
every sum fits in a signed 64-bit integer). Output (stdout): exactly n integers in 0..k-1, the part of
each number in input order. Anything else (fewer or more tokens, a non-integer, a part out of range) is
malformed. The spread of an answer is the largest part sum minus the smallest (an empty part sums to 0);
the scored value is log2(1 + spread) (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (value - baseline) / (reference - baseline), 0, 100), where `baseline` is the log value of the
largest-first greedy and `reference` that of differencing, pairwise re-splits (differencing plus a
meet-in-the-middle search) and a move/swap descent (data.py). A malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over
the cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or
no case with a well-formed answer.
"""
from __future__ import annotations

import json
import math

from eft.judge import Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    return f"{case['n']} {case['k']}\n" + " ".join(map(str, case["numbers"])) + "\n"


def log_spread(case: dict, output: str) -> float:
    """log2(1 + spread) of the printed partition; CheckError (one line) if it is malformed."""
    k = case["k"]
    labels = read_ints(output, 0, k - 1, case["n"], "part")
    sums = [0] * k
    for number, label in zip(case["numbers"], labels):
        sums[label] += number
    return math.log2(1 + max(sums) - min(sums))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, log_spread)
