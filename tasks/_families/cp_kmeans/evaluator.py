"""Judge for the cp_kmeans family (discrete k-means: label points to minimise the SSE): compile, run, score.

Input of a case (stdin): n k d, then n lines of d integer coordinates (0..10000). Output (stdout): exactly
n integers, the cluster label of each point, in 0..k-1 (a label may stay unused). Anything else (fewer or
more tokens, a non-integer, a label out of range) is malformed. The objective is the sum of squared errors
SSE = sum over clusters of the squared Euclidean distances of its points to the cluster's mean, computed
here in float64 as sum ||x||^2 - sum_c ||S_c||^2 / |c| (lower is better).

Score (eft.judge.evaluate_cases, the Frontier-CS rule): per case
clamp(100 * (sse - baseline) / (reference - baseline), 0, 100) (both differences negative when the SSE
improves), where `baseline` is Lloyd's algorithm from the first k points and `reference` is the best of
restarted k-means++ / Lloyd / Hartigan runs (data.py). A malformed answer, a crash or a timeout scores 0 for
its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0,
one-line error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {case['k']} {case['d']}"] + [" ".join(map(str, row)) for row in case["points"]]
    return "\n".join(lines) + "\n"


def labelling_sse(case: dict, output: str) -> float:
    """SSE of the printed labelling; CheckError (one line) if it is malformed."""
    k = case["k"]
    labels = np.array(read_ints(output, 0, k - 1, case["n"], "label"), dtype=np.int64)
    x = np.array(case["points"], dtype=np.float64)
    count = np.bincount(labels, minlength=k).astype(np.float64)
    sums = np.zeros((k, x.shape[1]))
    np.add.at(sums, labels, x)
    used = count > 0
    return float((x ** 2).sum() - ((sums[used] ** 2).sum(axis=1) / count[used]).sum())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, labelling_sse)
