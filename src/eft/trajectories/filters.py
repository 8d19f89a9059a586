"""The three trajectory filters of the paper (docs/PAPER.md#counts-filters-and-labels), each counted separately.

Applied in this order; a row is counted under the first filter that drops it.

(a) systematic_error — the row says nothing about the mutation because the harness failed:
    the parent or the child has no finite numeric `combined_score` (our evaluators always return one, so its
    absence means OpenEvolve's evaluator wrapper failed, e.g. its `{"error": 0.0}` after retries), or either
    side timed out: OpenEvolve's `timeout: True`, or an `error` string matching "timeout"/"timed out" (our
    sandbox's "timeout after 10.0s"). Timeouts count as harness faults because they depend on machine load.
(b) unrecoverable_breakage — the child broke a working parent and its lineage never recovers. "Broke": the
    child has an `error` entry the parent lacks, or the child's combined_score is exactly 0 while the
    parent's is positive (the evaluator contract's failure value). "Recovers": some descendant of the child
    in the same run (instance_uid), reached through the rows' parent_id -> child_id edges, scores at least
    the parent's combined_score. Breakages that the search repaired stay: they teach how to back off.
(c) over_long_input — system + user prompt tokens > max_input_tokens (the paper's 32K cutoff).

A row's metrics are reduced to a compact `Step` as soon as it is read (two scores and two flags), so the
lineage of a collection of any size is kept without its text or its metric dicts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pyarrow as pa

from eft.metrics import is_number
from eft.trajectories.labels import TOLERANCE

TIMEOUT = re.compile(r"time[sd]?[\s_-]?out", re.IGNORECASE)
FILTERS = ("systematic_error", "unrecoverable_breakage", "over_long_input")
STEP_COLUMNS = ("instance_uid", "iteration", "parent_id", "child_id", "parent_metrics", "child_metrics")


@dataclass(frozen=True, slots=True)
class Step:
    """What the filters need of one row."""

    run: str
    iteration: int
    parent_id: str
    child_id: str
    parent_score: float | None
    child_score: float | None
    harness_fault: bool   # filter (a)
    broke: bool           # the child broke a working parent (filter (b) before recovery)
    input_tokens: int


def _metrics(text: str | None) -> dict:
    """Parsed metrics; unreadable JSON counts as no metrics (and so as a systematic error)."""
    try:
        value = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _score(metrics: dict) -> float | None:
    value = metrics.get("combined_score")
    return value if is_number(value) else None


def _timed_out(metrics: dict) -> bool:
    error = metrics.get("error")
    return metrics.get("timeout") is True or (isinstance(error, str) and bool(TIMEOUT.search(error)))


def make_step(run: str, iteration: int, parent_id: str, child_id: str, parent_metrics: str | None,
              child_metrics: str | None, input_tokens: int) -> Step:
    parent, child = _metrics(parent_metrics), _metrics(child_metrics)
    p, c = _score(parent), _score(child)
    fault = p is None or c is None or _timed_out(parent) or _timed_out(child)
    broke = ("error" in child and "error" not in parent) or (c == 0 and p is not None and p > 0)
    return Step(run, iteration, parent_id, child_id, p, c, fault, broke, input_tokens)


def steps_from_columns(cols: dict[str, list], input_tokens: list[int]) -> list[Step]:
    """Steps of a batch: `cols` holds STEP_COLUMNS as Python lists."""
    return [make_step(*(cols[name][i] for name in STEP_COLUMNS), input_tokens[i]) for i in range(len(input_tokens))]


def steps_from_table(table: pa.Table) -> list[Step]:
    cols = {name: table.column(name).to_pylist() for name in STEP_COLUMNS}
    tokens = [(s or 0) + (u or 0) for s, u in zip(table.column("system_token_length").to_pylist(),
                                                  table.column("user_token_length").to_pylist())]
    return steps_from_columns(cols, tokens)


def _best_descendant_scores(steps: list[Step]) -> dict[tuple[str, str], float]:
    """(run, program id) -> best combined_score among the program's strict descendants.

    Walks rows from the last iteration back: a descendant is always created in a later iteration than its
    ancestor, so a child's subtree is complete before the child's own row passes it up to the parent.
    """
    best: dict[tuple[str, str], float] = {}
    for s in sorted(steps, key=lambda s: s.iteration, reverse=True):
        scores = [v for v in (s.child_score, best.get((s.run, s.child_id))) if v is not None]
        if scores:
            key, top = (s.run, s.parent_id), max(scores)
            best[key] = max(top, best.get(key, top))
    return best


def systematic_error(steps: list[Step]) -> list[bool]:
    return [s.harness_fault for s in steps]


def unrecoverable_breakage(steps: list[Step]) -> list[bool]:
    best = _best_descendant_scores(steps)
    flags = []
    for s in steps:
        target, reached = s.parent_score, best.get((s.run, s.child_id))
        recovered = target is not None and reached is not None and reached >= target - TOLERANCE
        flags.append(s.broke and not recovered)
    return flags


def over_long_input(steps: list[Step], max_input_tokens: int) -> list[bool]:
    return [s.input_tokens > max_input_tokens for s in steps]


def keep_flags(steps: list[Step], max_input_tokens: int, drop_unrecoverable: bool) -> tuple[list[bool], dict]:
    """(keep flag per step, {filter name: rows it dropped}); a disabled filter reports 0."""
    checks = {
        "systematic_error": systematic_error(steps),
        "unrecoverable_breakage": unrecoverable_breakage(steps) if drop_unrecoverable else [False] * len(steps),
        "over_long_input": over_long_input(steps, max_input_tokens),
    }
    keep = [True] * len(steps)
    dropped = {}
    for name, flags in checks.items():
        dropped[name] = sum(k and f for k, f in zip(keep, flags))
        keep = [k and not f for k, f in zip(keep, flags)]
    return keep, dropped


def apply_filters(table: pa.Table, max_input_tokens: int, drop_unrecoverable: bool) -> tuple[pa.Table, dict]:
    """(kept rows, {filter name: rows it dropped}) of an in-memory table."""
    keep, dropped = keep_flags(steps_from_table(table), max_input_tokens, drop_unrecoverable)
    return table.filter(pa.array(keep, type=pa.bool_())), dropped
