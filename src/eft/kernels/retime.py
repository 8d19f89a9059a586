"""Re-time the best kernel of each held-out GPU search run on one card, under one timing config.

Search-time timings come from many processes sharing a device; the table uses these instead. Without a
device every entry says so in `status` and carries nulls: a missing number must never read as 0 µs.
Each run's task is read from the materialized task folders the searches ran on (`tasks_dir/<task>`): its
evaluator's `KERNEL_PROBLEM` and its limits.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from eft.io import read_json
from eft.kernels.measure import SKIPPED, measure_program
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import device_name
from eft.tasks.registry import LoadedEvaluator, load_evaluator

NUMBERS = ("median_us", "geomean_us", "mean_us", "rel_se", "trials", "converged")


def kernel_problem(evaluator: LoadedEvaluator) -> str | None:
    """The `KERNEL_PROBLEM` the task's evaluator declares (None for a task that is not a kernel task)."""
    return getattr(evaluator.module, "KERNEL_PROBLEM", None)


def code_path(summary_path: Path, summary: dict) -> Path | None:
    """best.code_path as written (absolute or cwd-relative), else relative to the summary's folder."""
    raw = (summary.get("best") or {}).get("code_path")
    if not raw:
        return None
    path = Path(raw)
    return path if path.is_absolute() or path.exists() else summary_path.parent / path


def retime_run(summary_path: Path, cfg: TimingConfig, tasks_dir: Path) -> dict:
    summary = read_json(summary_path)
    entry = {"summary": str(summary_path), "task": summary.get("task"), "model": summary.get("model"),
             **dict.fromkeys(NUMBERS)}
    program = code_path(summary_path, summary)
    entry["code_path"] = str(program) if program else None
    if summary.get("status", "ok") != "ok":
        return {**entry, "status": f"skipped: search run was {summary['status']}"}
    evaluator = load_evaluator(Path(tasks_dir) / summary["task"])
    problem = kernel_problem(evaluator)
    if problem is None:
        return {**entry, "status": "skipped: not a kernel task"}
    if program is None or not program.is_file():
        return {**entry, "status": "error: best program not found"}
    measured = measure_program(program, problem, cfg, call_limits=evaluator.task.limits.call())
    if measured["status"] == SKIPPED:
        return {**entry, "status": SKIPPED}
    if measured["status"] != "ok":
        return {**entry, "status": f"error: {measured['error']}"}
    return {**entry, "status": "ok", **{key: measured[key] for key in NUMBERS}}


def retime(summary_paths: list[Path], cfg: TimingConfig, tasks_dir: Path) -> dict:
    return {"device": device_name(), "config": dataclasses.asdict(cfg),
            "runs": [retime_run(Path(p), cfg, Path(tasks_dir)) for p in summary_paths]}
