"""Re-time the best programs of a timing task's held-out runs in one job, so timing noise never reaches Δ.

A timing metric measured once inside a search (AlgoTune speedups, planning-time terms) moves by several
percent with the machine's load: two models that both kept the seed got different scores, and that noise
became the default run's only non-zero Δ. Here every distinct best program of the task (all models, all
seeds) is evaluated again by the task's own evaluator, in rounds that interleave the programs (a rotated
order per round, so no program always runs first or last), until the median of every program is stable
(relative interquartile range ≤ `rel_spread`) or `max_rounds` is reached. The table uses the median.
Programs with the same code are timed once, so identical programs get identical scores and Δ is exactly 0.
"""
from __future__ import annotations

import hashlib
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eft.errors import EftError, first_line
from eft.metrics import is_number
from eft.search.summary import RunSummary
from eft.tasks.registry import load_evaluator, load_spec


@dataclass(frozen=True)
class RetimeConfig:
    min_rounds: int = 3
    max_rounds: int = 9
    rel_spread: float = 0.02

    def __post_init__(self) -> None:
        if not 1 <= self.min_rounds <= self.max_rounds:
            raise EftError(f"retiming: need 1 <= min_rounds ({self.min_rounds}) <= max_rounds ({self.max_rounds})")
        if not 0 < self.rel_spread < 1:
            raise EftError(f"retiming: rel_spread must be in (0, 1), got {self.rel_spread}")


def best_code(summary_path: Path, summary: RunSummary) -> str:
    """The code of a run's best program: inline in summary.json, or the file it names (next to it)."""
    best = summary.best or {}
    if isinstance(best.get("code"), str):
        return best["code"]
    raw = best.get("code_path")
    if not raw:
        raise EftError(f"{summary_path}: best program has neither code nor code_path")
    path = Path(raw) if Path(raw).is_absolute() else summary_path.parent / raw
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EftError(f"{summary_path}: cannot read best program {path} ({exc.strerror})") from None


def relative_iqr(values: list[float]) -> float:
    """Interquartile range over the median: the spread a median of these values is judged by."""
    if len(values) < 2:
        return float("inf")
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    median = statistics.median(values)
    return (q3 - q1) / abs(median) if median else float("inf")


def _measure(evaluator, program: Path, metric: str) -> tuple[float | None, float | None, str | None]:
    result = evaluator(program)
    if not isinstance(result, dict) or "error" in result:
        return None, None, first_line(str((result or {}).get("error", "no result")))
    value, combined = result.get(metric), result.get("combined_score")
    if not (is_number(value) and is_number(combined)):
        return None, None, f"metric {metric!r} or combined_score is not a finite number"
    return float(value), float(combined), None


def retime_task(task_dir: Path, summary_paths: list[Path], cfg: RetimeConfig, work_dir: Path) -> dict[str, Any]:
    """Re-evaluate the distinct best programs of the runs of one task; one entry per run, in input order."""
    spec = load_spec(Path(task_dir))
    suffix = ".cpp" if spec.language == "cpp" else ".py"
    runs, programs = [], {}
    for path in map(Path, summary_paths):
        summary = RunSummary.read(path)
        if summary.task != spec.id:
            raise EftError(f"{path}: run of task {summary.task!r}, not {spec.id!r}")
        entry = {"summary": str(path), "model": summary.operator, "seed": summary.seed, "program": None}
        if summary.ok:
            code = best_code(path, summary)
            digest = hashlib.sha256(code.encode()).hexdigest()[:16]
            programs.setdefault(digest, code)
            entry["program"] = digest
        else:
            entry["status"] = summary.status
        runs.append(entry)
    work_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for digest, code in programs.items():
        files[digest] = work_dir / f"{digest}{suffix}"
        files[digest].write_text(code, encoding="utf-8")
    evaluator = load_evaluator(task_dir)
    values = {d: [] for d in programs}
    combined = {d: [] for d in programs}
    errors: dict[str, str] = {}
    order = sorted(programs)
    rounds = 0
    while rounds < cfg.max_rounds:
        shift = rounds % max(len(order), 1)
        for digest in order[shift:] + order[:shift]:
            if digest in errors:
                continue
            value, score, error = _measure(evaluator, files[digest], spec.metric)
            if error:
                errors[digest] = error
            else:
                values[digest].append(value)
                combined[digest].append(score)
        rounds += 1
        live = [d for d in order if d not in errors]
        if rounds >= cfg.min_rounds and all(relative_iqr(values[d]) <= cfg.rel_spread for d in live):
            break
    measured = {}
    for digest in order:
        if digest in errors:
            measured[digest] = {"status": f"error: {errors[digest]}"}
        else:
            measured[digest] = {"status": "ok", "metric": statistics.median(values[digest]),
                                "combined_score": statistics.median(combined[digest]),
                                "rel_iqr": relative_iqr(values[digest]), "values": values[digest]}
    for entry in runs:
        if entry["program"] is not None:
            entry.update(measured[entry["program"]])
    return {"task": spec.id, "metric": spec.metric, "direction": spec.direction, "rounds": rounds,
            "programs": len(programs), "config": asdict(cfg), "runs": runs}


def retimed_scores(reports: list[dict[str, Any]]) -> dict[tuple[str, str, int], dict[str, Any]]:
    """(task, model, seed) -> the re-timed entry of that run, from the retime reports of several tasks."""
    return {(report["task"], entry["model"], int(entry["seed"])): entry
            for report in reports for entry in report["runs"]}
