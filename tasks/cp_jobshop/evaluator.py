"""Judge for cp_jobshop (job-shop scheduling, makespan): compile, run every case, check, score.

Input of a case (stdin): "J M", then J lines "m_0 d_0 m_1 d_1 .. m_{M-1} d_{M-1}": job j's operations in
the order they must run, operation k on machine m_k (each machine once per job) for d_k time units (1..99).
Output (stdout): exactly J * M integers, line by line the start times of each job's operations in that
order, each in 0..10^9. Anything else (fewer or more tokens, a non-integer, a value out of range) is
malformed. Infeasible: an operation that starts before the previous operation of its job has ended, or
two operations on the same machine whose intervals [start, start + d) overlap. The objective is the
makespan, the largest end time (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (makespan - baseline) / (reference - baseline), 0, 100) (both differences negative when the
makespan improves), where `baseline` is the Giffler-Thompson active schedule with the shortest-processing-
time rule and `reference` the best of several priority rules improved by N5 tabu search (data.py). A
malformed or infeasible answer, a crash or a timeout scores 0 for its case only; `score` is the mean over
the cases, combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or
no case with a feasible answer.
"""
from __future__ import annotations

import json
from itertools import pairwise

from eft.judge import CheckError, Task, evaluate_cases, read_ints

MAX_START = 10**9


def case_input(case: dict) -> str:
    lines = [f"{case['jobs']} {case['machines']}"]
    lines += [" ".join(f"{m} {d}" for m, d in ops) for ops in case["route"]]
    return "\n".join(lines) + "\n"


def makespan(case: dict, output: str) -> int:
    """Makespan of the printed start times; CheckError (one line) if malformed or infeasible."""
    machines = case["machines"]
    start = read_ints(output, 0, MAX_START, case["jobs"] * machines, "start time")
    busy: list[list[tuple[int, int, int]]] = [[] for _ in range(machines)]
    for j, ops in enumerate(case["route"]):
        for k, (m, d) in enumerate(ops):
            s = start[j * machines + k]
            if k and s < start[j * machines + k - 1] + ops[k - 1][1]:
                raise CheckError(f"job {j}: operation {k} starts at {s}, before operation {k - 1} ends")
            busy[m].append((s, s + d, j))
    for m, intervals in enumerate(busy):
        intervals.sort()
        for (s1, e1, j1), (s2, _, j2) in pairwise(intervals):
            if s2 < e1:
                raise CheckError(f"machine {m}: jobs {j1} and {j2} overlap at time {s2}")
    return max(end for intervals in busy for _, end, _ in intervals)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, makespan)
