"""Judge for the cp_rcpsp family (resource-constrained project scheduling, min makespan): compile, run,
check, score.

Input of a case (stdin): n and R, then the R capacities K_0 .. K_{R-1}, then n lines, one per activity j:
d_j, r_j0 .. r_j(R-1), s_j and the s_j successors of j (0-based). Output (stdout): exactly n integers, the
start times S_0 .. S_{n-1}, each in 0..H where H is the sum of all durations. Activity j runs during
[S_j, S_j + d_j). An answer is infeasible if an activity starts before one of its predecessors has
finished, or if at some time t the running activities use more than K_k of a resource k; anything else
than n integers in range is malformed. The objective is the makespan, max_j (S_j + d_j) (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (makespan - baseline) / (reference - baseline), 0, 100), where `baseline` is the serial
schedule generation scheme on the activity numbering and `reference` the best of four priority rules and
sampled latest-finish priorities with forward-backward improvement (data.py). A malformed or infeasible answer, a crash or a timeout scores 0 for
its case only; `score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0,
one-line error): a compile error, or no case with a feasible answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    lines = [f"{case['n']} {len(case['capacities'])}", " ".join(map(str, case["capacities"]))]
    for d, r, succ in zip(case["durations"], case["demands"], case["successors"]):
        lines.append(" ".join(map(str, [d, *r, len(succ), *succ])))
    return "\n".join(lines) + "\n"


def schedule_makespan(case: dict, output: str) -> int:
    """Makespan of the printed start times; CheckError (one line) if malformed or infeasible."""
    durations = case["durations"]
    horizon = sum(durations)
    start = read_ints(output, 0, horizon, case["n"], "start time")
    for i, succ in enumerate(case["successors"]):
        for j in succ:
            if start[j] < start[i] + durations[i]:
                raise CheckError(f"activity {j} starts at {start[j]} before its predecessor {i} ends at "
                                 f"{start[i] + durations[i]}")
    change = np.zeros((horizon + max(durations) + 1, len(case["capacities"])), dtype=np.int64)
    for s, d, r in zip(start, durations, case["demands"]):
        change[s] += r
        change[s + d] -= r
    over = np.cumsum(change, axis=0) > np.array(case["capacities"], dtype=np.int64)
    if over.any():
        t, k = (int(x) for x in np.argwhere(over)[0])
        used = int(np.cumsum(change, axis=0)[t, k])
        raise CheckError(f"resource {k} is over capacity at time {t} ({used} > {case['capacities'][k]})")
    return max(s + d for s, d in zip(start, durations))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, schedule_makespan)
