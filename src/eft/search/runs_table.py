"""One row per search run (task, strategy, seed, status, initial and best metric), failed runs included.

The teacher runs feed the trajectories rather than the main table, so this table is where the report shows
which of them improved, which were skipped and which failed, with the reason.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

from eft.search.summary import RunSummary

COLUMNS = ["task", "domain", "strategy", "seed", "status", "metric", "direction", "initial", "best",
           "iterations", "failed_iterations"]


def run_row(summary: RunSummary) -> dict:
    return {"task": summary.task, "domain": summary.domain, "strategy": summary.strategy, "seed": summary.seed,
            "status": summary.status, "metric": summary.metric, "direction": summary.direction,
            "initial": summary.initial_metric(), "best": summary.best_metric(), "iterations": summary.iterations,
            "failed_iterations": summary.failed_iterations}


def runs_table(summary_paths: Sequence[str | Path]) -> pd.DataFrame:
    rows = [run_row(RunSummary.read(p)) for p in summary_paths]
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["task", "strategy", "seed"], kind="stable")
