"""How often a model, used as the mutation operator, writes an edit that works: the valid-edit rate and the
improvement rate of each held-out search run, from its `summary.json` and `trace.jsonl`.

What is counted, per run (one task, one model, one seed):
- requested: every search iteration asks the operator for one child, so `children` = the summary's
  `iterations` (0 for a skipped or failed run, which then has no rates).
- valid: a child in the trace whose answer applied and evaluated. The trace holds exactly the children
  OpenEvolve built: an answer that held no usable edit (no SEARCH/REPLACE block, a SEARCH text not in the
  parent, a rewrite identical to its parent or with nothing left inside the EVOLVE-BLOCK, an operator that
  did not answer) is a failed iteration and never reaches it. A child evaluated when its metrics hold no
  `error` (the evaluator contract's failure result, or OpenEvolve's `{"error": 0.0}` for a crash or
  timeout), no true `timeout`, and the task's raw metric (`summary.metric`) as a finite number.
- improved: a valid child better than its parent on the task's raw metric in the task's direction
  (`summary.direction`: higher or lower is better), by more than `TOLERANCE` relative to the parent's value
  (at least `TOLERANCE` absolute), the same last-bit allowance as the trajectory labels; a valid child of
  a parent that did not evaluate (a broken program the search sampled) counts as improved, as its
  combined_score rose from 0.
The rates are valid / children and improved / children; aggregated per (task, model) they pool the seeds'
counts (sum of valid over sum of children), so a seed that requested more children weighs more.

The rates table (`RATE_COLUMNS`, one row per run) is what the lead's table job writes and the `edit_rates`
figure reads; `base_model` is empty on base-model rows, as in the main-results CSV.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from eft.errors import EftError
from eft.io import read_jsonl
from eft.metrics import is_number
from eft.search.summary import RunSummary
from eft.trajectories.labels import TOLERANCE

RATE_COLUMNS = ("task", "model", "base_model", "seed", "children", "valid", "improved", "status")
AGGREGATE_COLUMNS = ("task", "model", "base_model", "seeds", "children", "valid", "improved", "valid_rate",
                     "improvement_rate", "status")


def evaluated(metrics: dict[str, Any] | None, metric: str) -> bool:
    """Whether a program's metrics are a successful evaluation with the task's raw metric."""
    metrics = metrics or {}
    return "error" not in metrics and metrics.get("timeout") is not True and is_number(metrics.get(metric))


def better(child: dict[str, Any] | None, parent: dict[str, Any] | None, metric: str, direction: str) -> bool:
    """Whether a child improves on its parent (see the module docstring)."""
    if not evaluated(child, metric):
        return False
    if not evaluated(parent, metric):
        return True
    new, old = float(child[metric]), float(parent[metric])
    gain = new - old if direction == "higher" else old - new
    return gain > TOLERANCE * max(1.0, abs(old))


def count(summary: RunSummary, records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """{children, valid, improved} of one run from its summary and its trace records."""
    if summary.direction not in ("higher", "lower"):
        raise EftError(f"run {summary.task}/seed{summary.seed}: bad direction {summary.direction!r}")
    valid = improved = 0
    iterations = set()
    for record in records:
        iteration = record.get("iteration")
        if not isinstance(iteration, int) or not 1 <= iteration <= summary.iterations or iteration in iterations:
            raise EftError(f"run {summary.task}/{summary.operator}/seed{summary.seed}: trace record with iteration "
                           f"{iteration!r} (expected one child per iteration 1..{summary.iterations})")
        iterations.add(iteration)
        child = record.get("child_metrics")
        valid += evaluated(child, summary.metric)
        improved += better(child, record.get("parent_metrics"), summary.metric, summary.direction)
    return {"children": summary.iterations, "valid": valid, "improved": improved}


def run_row(summary: RunSummary, trace_path: str | Path, base_model: str) -> dict[str, Any]:
    """One RATE_COLUMNS row: the run `summary` with its trace; `base_model` '' for a base-model run."""
    trace = Path(trace_path)
    if not trace.is_file():
        raise EftError(f"{trace}: trace not found (run {summary.task}/{summary.operator}/seed{summary.seed})")
    counts = count(summary, (record for _, record in read_jsonl(trace)))
    return {"task": summary.task, "model": summary.operator, "base_model": base_model, "seed": summary.seed,
            **counts, "status": summary.status}


def rates_frame(runs: Iterable[tuple[str | Path, str | Path]], roles: dict[str, str]) -> pd.DataFrame:
    """RATE_COLUMNS frame of the held-out runs given as (summary.json, trace.jsonl) pairs; `roles` maps each
    model to its base ('' for a base), in table order (`eft.evaluate.aggregate.model_roles`). Rows follow
    that order, then the tasks' first appearance, then the seed; a run of another model is an error."""
    rows = []
    for summary_path, trace_path in runs:
        summary = RunSummary.read(summary_path)
        if summary.operator not in roles:
            raise EftError(f"{summary_path}: operator {summary.operator!r} is none of the models "
                           f"{', '.join(map(repr, roles))}")
        rows.append(run_row(summary, trace_path, roles[summary.operator]))
    return sort_runs(pd.DataFrame(rows, columns=list(RATE_COLUMNS)), list(roles))


def sort_runs(frame: pd.DataFrame, models: list[str]) -> pd.DataFrame:
    dup = frame[frame.duplicated(["task", "model", "seed"])]
    if len(dup):
        raise EftError(f"two runs of task {dup['task'].iloc[0]!r}, model {dup['model'].iloc[0]!r}, "
                       f"seed {dup['seed'].iloc[0]}")
    tasks = {t: i for i, t in enumerate(dict.fromkeys(frame["task"]))}
    return (frame.assign(_m=frame["model"].map({m: i for i, m in enumerate(models)}), _t=frame["task"].map(tasks))
            .sort_values(["_m", "_t", "seed"], kind="stable", ignore_index=True).drop(columns=["_m", "_t"]))


def check_rates(frame: pd.DataFrame, where: str = "rates") -> pd.DataFrame:
    """A rates table with the columns, integer counts and valid <= children, improved <= valid; else EftError."""
    missing = [c for c in RATE_COLUMNS if c != "status" and c not in frame.columns]
    if missing:
        raise EftError(f"{where}: missing column(s) {', '.join(missing)}")
    frame = frame.copy()
    frame["base_model"] = frame["base_model"].fillna("").astype(str)
    for column in ("seed", "children", "valid", "improved"):
        values = pd.to_numeric(frame[column], errors="coerce")
        if values.isna().any() or (values < 0).any() or (values != values.round()).any():
            raise EftError(f"{where}: column {column} must hold counts (non-negative integers)")
        frame[column] = values.astype(int)
    bad = frame[(frame["valid"] > frame["children"]) | (frame["improved"] > frame["valid"])]
    if len(bad):
        row = bad.iloc[0]
        raise EftError(f"{where}: task {row['task']!r}, model {row['model']!r}, seed {row['seed']}: needs "
                       f"improved <= valid <= children, got {row['improved']}, {row['valid']}, {row['children']}")
    if "status" not in frame.columns:
        frame["status"] = "ok"
    frame["status"] = frame["status"].fillna("ok").astype(str)
    return frame


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """AGGREGATE_COLUMNS per (task, model), in the frame's order: pooled counts and rates over the seeds
    that requested children (`seeds`); NaN rates and the runs' status where none did."""
    frame = check_rates(frame)
    rows = []
    for (task, model), runs in frame.groupby(["task", "model"], sort=False):
        ran = runs[runs["children"] > 0]
        children, valid, improved = (int(ran[c].sum()) for c in ("children", "valid", "improved"))
        rows.append({"task": task, "model": model, "base_model": runs["base_model"].iloc[0], "seeds": len(ran),
                     "children": children, "valid": valid, "improved": improved,
                     "valid_rate": _rate(valid, children), "improvement_rate": _rate(improved, children),
                     "status": "ok" if len(ran) else str(runs["status"].iloc[0])})
    return pd.DataFrame(rows, columns=list(AGGREGATE_COLUMNS))
