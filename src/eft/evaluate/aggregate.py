"""Held-out search summaries → the long main-results frame and the best-so-far curves frame.

A model (the run's operator) scores on a task the mean over seeds of the best raw metric of its
successful runs, with the sample standard deviation and min–max over seeds beside it (the paper reports no
spread; ours does). For a timing task the per-seed value is the re-timed one (eft.evaluate.retime), never
the single in-search measurement. Every row carries the table it belongs to (eft.evaluate.layout).
A (model, task) whose runs were all skipped gets no score and the skipped runs' status
(e.g. "skipped: no CUDA device"), so tables show the reason instead of a number.
"""
from __future__ import annotations

import math
import statistics
from pathlib import Path
from typing import Any

import pandas as pd

from eft.errors import EftError
from eft.evaluate.delta import validate
from eft.evaluate.layout import table_of
from eft.search.summary import RunSummary

CURVE_COLUMNS = ("model", "task", "seed", "iteration", "best_score", "best_combined_score")


def load_summaries(paths: list[str | Path]) -> list[RunSummary]:
    return [RunSummary.read(path) for path in paths]


def model_roles(models: list[tuple[str, str]] | list[list[str]]) -> dict[str, str]:
    """{model: its base ('' for a base)} in table order, from (name, base name) pairs; a fine-tuned model's
    base must itself be listed."""
    roles: dict[str, str] = {}
    for name, base in models:
        if name in roles:
            raise EftError(f"model {name!r} is listed twice")
        roles[str(name)] = str(base)
    unknown = next((b for b in roles.values() if b and roles.get(b) != ""), None)
    if unknown is not None:
        raise EftError(f"base model {unknown!r} of a fine-tuned model is not listed as a base")
    return roles


def check_operators(summaries: list[RunSummary], roles: dict[str, str]) -> None:
    for s in summaries:
        if s.operator not in roles:
            raise EftError(f"run {s.task}/{s.strategy}/seed{s.seed}: operator {s.operator!r} is none of the "
                           f"models {', '.join(map(repr, roles))}")


FRAME_COLUMNS = ["model", "base_model", "task", "direction", "score", "sd", "min", "max", "status", "metric",
                 "seeds", "table", "retimed"]
Retimed = dict[tuple[str, str, int], dict[str, Any]]


def main_frame(summaries: list[RunSummary], roles: dict[str, str],
               retimed: Retimed | None = None) -> pd.DataFrame:
    """Long frame of FRAME_COLUMNS, one row per (model, task), models in `roles` order (eft.config.grid: each
    base, then the variants trained from it). `retimed` maps (task, model, seed) to the re-timed entry of that
    run (eft.evaluate.retime.retimed_scores)."""
    check_operators(summaries, roles)
    tasks = list(dict.fromkeys(s.task for s in summaries))
    rows = []
    for model, base in roles.items():
        for task in tasks:
            runs = sorted((s for s in summaries if s.operator == model and s.task == task), key=lambda s: s.seed)
            if runs:
                rows.append(_cell(model, base, task, runs, retimed or {}))
    return validate(pd.DataFrame(rows, columns=FRAME_COLUMNS))


def seed_value(run: RunSummary, retimed: Retimed) -> tuple[float | None, str]:
    """The value a run contributes (None if it has none) and its status."""
    if not run.ok:
        return None, run.status
    entry = retimed.get((run.task, run.operator, run.seed))
    if entry is None:
        return float(run.best_metric()), "ok"
    if entry.get("status") != "ok":
        return None, f"retiming {entry.get('status')}"
    return float(entry["metric"]), "ok"


def _cell(model: str, base: str, task: str, runs: list[RunSummary], retimed: Retimed) -> dict[str, Any]:
    seeds = [r.seed for r in runs]
    if len(set(seeds)) != len(seeds):
        raise EftError(f"model {model!r}, task {task!r}: duplicate seed among {seeds}")
    measured = [seed_value(r, retimed) for r in runs]
    ok = [value for value, _ in measured if value is not None]
    table = table_of(runs[0].domain)
    return {
        "model": model, "base_model": base, "task": task, "direction": runs[0].direction,
        "score": statistics.fmean(ok) if ok else math.nan,
        "sd": statistics.stdev(ok) if len(ok) > 1 else math.nan,
        "min": min(ok) if ok else math.nan, "max": max(ok) if ok else math.nan,
        "status": "ok" if ok else next(status for _, status in measured),
        "metric": runs[0].metric, "seeds": len(ok), "table": table or "kernels",
        "retimed": any((r.task, r.operator, r.seed) in retimed for r in runs),
    }


def curves_frame(summaries: list[RunSummary], models: list[str]) -> pd.DataFrame:
    """Long best-so-far curves of every successful run, sorted by model (in `models` order), task, seed,
    iteration, so figures draw the base model first."""
    rows = [(s.operator, s.task, s.seed, p["iteration"], p.get("best_metric"), p["best_combined_score"])
            for s in summaries if s.ok for p in s.curve]
    frame = pd.DataFrame(rows, columns=list(CURVE_COLUMNS))
    frame["best_score"] = frame["best_score"].astype(float)
    frame["best_combined_score"] = frame["best_combined_score"].astype(float)
    order = frame["model"].map({m: i for i, m in enumerate(models)})
    return (frame.assign(_order=order)
            .sort_values(["_order", "task", "seed", "iteration"], kind="stable", ignore_index=True)
            .drop(columns="_order"))
