"""Improvement labels from the score change of one mutation: improved / unchanged / regressed
(docs/PAPER.md#counts-filters-and-labels).

The label is the sign of Δ combined_score (child − parent). |Δ| <= TOLERANCE counts as unchanged: evaluators
are deterministic, so a re-evaluated identical program gives Δ == 0 exactly, and the tolerance only absorbs
last-bit float noise from scores computed along different arithmetic paths.
"""
from __future__ import annotations

import json

from eft.metrics import is_number

TOLERANCE = 1e-12
LABELS = ("improved", "unchanged", "regressed")
UNKNOWN = "unknown"  # no numeric Δ combined_score; such rows are removed by the systematic-error filter


def metric_delta(parent: dict, child: dict) -> dict:
    """child − parent for every metric numeric in both."""
    return {k: child[k] - parent[k] for k in sorted(child) if k in parent
            and is_number(child[k]) and is_number(parent[k])}


def label_from_delta(delta: dict) -> str:
    score = delta.get("combined_score")
    if not is_number(score):
        return UNKNOWN
    if score > TOLERANCE:
        return "improved"
    if score < -TOLERANCE:
        return "regressed"
    return "unchanged"


def label_from_delta_json(text: str, fallback: str) -> str:
    """Label of a stored improvement_delta; `fallback` (the published label) when Δ combined_score is absent."""
    try:
        delta = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return fallback
    label = label_from_delta(delta) if isinstance(delta, dict) else UNKNOWN
    return fallback if label == UNKNOWN else label
