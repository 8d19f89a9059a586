"""Judge for transaction_scheduling: run schedule() per workload, check the order, simulate it here.

Simulation (the candidate's own claims are ignored): transactions are taken in the returned order; each
starts when every earlier transaction it conflicts with (a shared key, at least one of the two accesses a
write) has finished, and lasts one time unit per operation. A workload's makespan is its last finish time.
`makespan` is the SUM of the workloads' makespans, as in the public evaluator the paper's numbers come from
(there, the three workloads' costs are added), and combined_score = 1e6 / (1 + makespan), the paper's
score (higher is better; docs/PAPER.md#systems-tasks).

Invalid (combined_score 0, one-line error): a failure or timeout of the candidate, a result that is not a
permutation of range(len(workload)) given as a list of ints (bools, floats, duplicates, out-of-range
indices, wrong lengths are all rejected), or two runs of schedule() on the same workload that disagree
(each workload is scheduled twice in the same sandboxed run).
"""
from __future__ import annotations

import json

from eft.judge import CandidateError, Task, guarded
from eft.sandbox import run_python


def makespan(workload: list[list[list]], order: list[int]) -> int:
    """Finish time of the last transaction when serialized in `order` (conflicts wait, others overlap)."""
    read_end: dict[int, int] = {}
    write_end: dict[int, int] = {}
    last = 0
    for txn in order:
        ops = workload[txn]
        start = 0
        for op, key in ops:
            start = max(start, write_end.get(key, 0), read_end.get(key, 0) if op == "w" else 0)
        end = start + len(ops)
        for op, key in ops:
            ends = write_end if op == "w" else read_end
            ends[key] = max(ends.get(key, 0), end)
        last = max(last, end)
    return last


def check_order(order: object, n: int) -> list[int]:
    """The order as a list of ints; ValueError (one line) unless it is a permutation of range(n)."""
    if not isinstance(order, list) or not all(type(i) is int for i in order):
        raise ValueError("schedule() must return a list of ints")
    if len(order) != n or sorted(order) != list(range(n)):
        raise ValueError(f"schedule() must return a permutation of range({n})")
    return order


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    workloads = json.loads((task.data_dir / "workloads.json").read_text(encoding="utf-8"))
    calls = [{"transactions": w} for w in workloads]
    res = run_python(program_path, "schedule", calls * 2, limits=task.limits.call())
    if not res.ok:
        raise CandidateError(res.error)
    first, again = res.values[:len(workloads)], res.values[len(workloads):]
    spans = []
    for index, (workload, order) in enumerate(zip(workloads, first)):
        try:
            spans.append(makespan(workload, check_order(order, len(workload))))
        except ValueError as exc:
            raise CandidateError(f"workload {index}: {exc}") from None
        if again[index] != order:
            raise CandidateError(f"workload {index}: nondeterministic output: two calls of schedule() differ")
    total = float(sum(spans))
    return {"combined_score": 1e6 / (1.0 + total), "makespan": total}
