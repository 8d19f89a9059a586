"""Judge for transaction_scheduling: run schedule() per workload, check the order, simulate it here.

Simulation (the candidate's own claims are ignored): transactions are taken in the returned order; each
starts when every earlier transaction it conflicts with (a shared key, at least one of the two accesses a
write) has finished, and lasts one time unit per operation. `makespan` is the mean over workloads of the
last finish time; combined_score = 1e6 / (1 + makespan) (docs/PAPER.md#systems-tasks).
"""
from __future__ import annotations

import json

from eft.judge import Task
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
    if not isinstance(order, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in order):
        raise ValueError("schedule() must return a list of ints")
    if sorted(order) != list(range(n)):
        raise ValueError(f"schedule() must return a permutation of range({n})")
    return order


def evaluate(program_path: str, task: Task) -> dict:
    workloads = json.loads((task.data_dir / "workloads.json").read_text(encoding="utf-8"))
    res = run_python(program_path, "schedule", [{"transactions": w} for w in workloads], limits=task.limits.call())
    if not res.ok:
        return {"combined_score": 0.0, "error": res.error}
    spans = []
    for index, (workload, order) in enumerate(zip(workloads, res.values)):
        try:
            spans.append(makespan(workload, check_order(order, len(workload))))
        except ValueError as exc:
            return {"combined_score": 0.0, "error": f"workload {index}: {exc}"}
    mean_span = sum(spans) / len(spans)
    return {"combined_score": 1e6 / (1.0 + mean_span), "makespan": mean_span}
