"""`summary.json` of a search run, typed: `RunSummary` is the one place its fields are named, written and
checked, so extraction, tables and kernel re-timing never reach into a loose dict.

Scores follow the evaluator contract: `combined_score` (higher is better) or 0.0 where a candidate has
none (OpenEvolve's timeout result carries no score). The raw metric is reported for the best program.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eft.errors import EftError
from eft.io import atomic_write_json
from eft.metrics import combined_score as score

SUMMARY_NAME = "summary.json"
TRACE_NAME = "trace.jsonl"


@dataclass
class RunSummary:
    """One search run: what ran (task, strategy, replicate seed, operator), how it ended and what it found.

    `status` is "ok", "skipped: <why>" or "failed: <why>"; only "ok" runs carry `best` and `curve`.
    `search_seed` is OpenEvolve's seed derived for the run (`eft.search.run.search_seed`).
    """

    task: str
    domain: str
    direction: str
    metric: str
    language: str
    strategy: str
    seed: int
    operator: str
    operator_kind: str
    status: str = "ok"
    iterations: int = 0
    failed_iterations: int = 0
    best: dict[str, Any] | None = None
    curve: list[dict[str, Any]] = field(default_factory=list)
    initial_metrics: dict[str, Any] | None = None
    search_seed: int | None = None
    wall_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def best_metric(self) -> Any:
        return ((self.best or {}).get("metrics") or {}).get(self.metric)

    def initial_metric(self) -> Any:
        return (self.initial_metrics or {}).get(self.metric)

    def write(self, path: str | Path) -> None:
        atomic_write_json(path, dataclasses.asdict(self))

    @classmethod
    def read(cls, path: str | Path) -> RunSummary:
        """The summary at `path`; a missing, unreadable or malformed file is a one-line EftError."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise EftError(f"{path}: cannot read run summary ({exc})") from None
        if not isinstance(data, dict):
            raise EftError(f"{path}: run summary is not a JSON object")
        names = {f.name for f in dataclasses.fields(cls)}
        required = {f.name for f in dataclasses.fields(cls)
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
        if missing := sorted(required - set(data)):
            raise EftError(f"{path}: run summary lacks {', '.join(missing)}")
        if unknown := sorted(set(data) - names):
            raise EftError(f"{path}: run summary has unknown field(s) {', '.join(unknown)}")
        summary = cls(**data)
        if summary.ok and summary.best_metric() is None:
            raise EftError(f"{path}: status ok but best.metrics has no {summary.metric!r}")
        return summary


def best_and_curve(initial: dict[str, Any], records: list[dict[str, Any]], iterations: int, metric: str):
    """(best program, curve): `initial` and each record's child as {program_id, metrics, code}; the
    curve has one point per iteration 0..iterations, earliest program winning ties."""
    by_iteration: dict[int, list[dict[str, Any]]] = {}
    for record in records:
        by_iteration.setdefault(record["iteration"], []).append(
            {"program_id": record["child_id"], "metrics": record.get("child_metrics") or {},
             "code": record.get("child_code")})
    best, curve = initial, []
    for iteration in range(iterations + 1):
        for child in by_iteration.get(iteration, []):
            if score(child["metrics"]) > score(best["metrics"]):
                best = child
        curve.append({"iteration": iteration, "best_combined_score": score(best["metrics"]),
                      "best_metric": best["metrics"].get(metric)})
    return best, curve


def fill_parent_code(initial: dict[str, Any], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every record its parent's code. OpenEvolve leaves `parent_code` out when the parent was evicted
    from the database before the child was logged; the parent is then the initial program or an earlier
    child of this run, whose code the trace already holds."""
    code_by_id = {initial["program_id"]: initial["code"]}
    filled = []
    for record in sorted(records, key=lambda r: r["iteration"]):
        if "parent_code" not in record and record["parent_id"] in code_by_id:
            record = {**record, "parent_code": code_by_id[record["parent_id"]]}
        code_by_id[record["child_id"]] = record.get("child_code")
        filled.append(record)
    return filled
