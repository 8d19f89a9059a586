"""What counts as a score. One home for the check that the search, the labels and the tables share: a metric
is a real number (int or float, not bool: OpenEvolve writes `timeout: True`) and finite; anything else is
not a score, and a program without a `combined_score` that is one scores 0.0 (the evaluator contract).
"""
from __future__ import annotations

import math
from typing import Any


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def combined_score(metrics: dict[str, Any] | None) -> float:
    """A program's `combined_score` (higher is better), 0.0 where it has none that is a number."""
    value = (metrics or {}).get("combined_score")
    return float(value) if is_number(value) else 0.0
