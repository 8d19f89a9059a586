"""summary.json of a search run: best program and best-so-far curve, computed from the trace alone.

Scores follow the evaluator contract: `combined_score` (higher is better) or 0.0 where a candidate has
none (OpenEvolve's timeout result carries no score). The raw metric is reported for the best program.
"""
from __future__ import annotations

import math
from typing import Any


def score(metrics: dict[str, Any] | None) -> float:
    value = (metrics or {}).get("combined_score")
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return float(value) if ok else 0.0


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
