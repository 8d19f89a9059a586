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
