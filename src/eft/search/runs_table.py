"""One row per search run (task, strategy, seed, status, initial and best metric), failed runs included.

The teacher runs feed the trajectories rather than the main table, so this table is where the report shows
which of them improved, which were skipped and which failed, with the reason.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import pandas as pd

COLUMNS = ["task", "domain", "strategy", "seed", "status", "metric", "direction", "initial", "best",
           "iterations", "failed_iterations"]


def run_row(summary: dict) -> dict:
    metric = summary.get("metric")
    initial = (summary.get("initial_metrics") or {}).get(metric)
    best = ((summary.get("best") or {}).get("metrics") or {}).get(metric)
    return {"task": summary.get("task"), "domain": summary.get("domain"), "strategy": summary.get("strategy"),
            "seed": summary.get("seed"), "status": summary.get("status"), "metric": metric,
            "direction": summary.get("direction"), "initial": initial, "best": best,
            "iterations": summary.get("iterations"), "failed_iterations": summary.get("failed_iterations")}


def runs_table(summary_paths: Sequence[str | Path]) -> pd.DataFrame:
    rows = [run_row(json.loads(Path(p).read_text(encoding="utf-8"))) for p in summary_paths]
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["task", "strategy", "seed"], kind="stable")
