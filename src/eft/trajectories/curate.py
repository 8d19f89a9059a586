"""Raw trajectories -> curated trajectories plus the counts a report and a figure need (stats.json).

stats.json (keys sorted; fractions are of `kept`, or of `raw` for `dropped_fraction`; 0.0 when empty):
    {"source": "extract" | "finch", "config": {...cfg...},
     "raw": N, "dropped": {"systematic_error": a, "unrecoverable_breakage": b, "over_long_input": c},
     "dropped_total": a+b+c, "dropped_fraction": float, "kept": K, "empty": K == 0,
     "labels":   {"improved": {"count": n, "fraction": f}, "unchanged": {...}, "regressed": {...}},
     "language": {"python": {"count": n, "fraction": f}, ...},
     "strategy": {"diff": {"count": n, "fraction": f}, "full_rewrite": {...}}}
"""
from __future__ import annotations

import json
from collections import Counter

import pyarrow as pa

from eft.errors import EftError
from eft.trajectories.filters import apply_filters
from eft.trajectories.labels import LABELS, label_from_delta_json
from eft.trajectories.tokens import with_token_lengths

CFG_KEYS = {"max_input_tokens": int, "drop_unrecoverable": bool}
SORT_KEYS = [("instance_uid", "ascending"), ("iteration", "ascending"), ("child_id", "ascending")]


def check_cfg(cfg: dict) -> dict:
    if not isinstance(cfg, dict) or set(cfg) != set(CFG_KEYS):
        got = sorted(cfg) if isinstance(cfg, dict) else type(cfg).__name__
        raise EftError(f"curate cfg needs exactly the keys {sorted(CFG_KEYS)}, got {got}")
    for key, kind in CFG_KEYS.items():
        if type(cfg[key]) is not kind:
            raise EftError(f"curate cfg: {key} must be {kind.__name__}, got {cfg[key]!r}")
    return cfg


def _shares(values: list[str], kept: int, always: tuple[str, ...] = ()) -> dict:
    counts = Counter(values)
    return {key: {"count": counts.get(key, 0), "fraction": counts.get(key, 0) / kept if kept else 0.0}
            for key in sorted(set(counts) | set(always))}


def _metadata_field(texts: list[str], key: str) -> list[str]:
    out = []
    for text in texts:
        try:
            meta = json.loads(text) if text else {}
        except json.JSONDecodeError:
            meta = {}
        out.append(str(meta.get(key) or "unknown") if isinstance(meta, dict) else "unknown")
    return out


def stats(source: str, cfg: dict, raw: int, dropped: dict, kept: pa.Table) -> dict:
    meta = kept.column("metadata").to_pylist()
    total = sum(dropped.values())
    return {
        "source": source, "config": cfg, "raw": raw, "dropped": dropped, "dropped_total": total,
        "dropped_fraction": total / raw if raw else 0.0, "kept": kept.num_rows, "empty": kept.num_rows == 0,
        "labels": _shares(kept.column("improvement_label").to_pylist(), kept.num_rows, LABELS),
        "language": _shares(_metadata_field(meta, "language"), kept.num_rows),
        "strategy": _shares(_metadata_field(meta, "strategy"), kept.num_rows),
    }


def curate(table: pa.Table, cfg: dict, source: str = "extract") -> tuple[pa.Table, dict]:
    cfg = check_cfg(cfg)
    kept, dropped = apply_filters(table, cfg["max_input_tokens"], cfg["drop_unrecoverable"])
    return kept, stats(source, cfg, table.num_rows, dropped, kept)


def relabel(table: pa.Table) -> pa.Table:
    """Labels recomputed from improvement_delta's combined_score; the published label where it has none."""
    labels = [label_from_delta_json(delta, label) for delta, label in zip(
        table.column("improvement_delta").to_pylist(), table.column("improvement_label").to_pylist())]
    index = table.schema.get_field_index("improvement_label")
    return table.set_column(index, "improvement_label", pa.array(labels, type=pa.string()))


def import_finch(table: pa.Table, cfg: dict, tokenizer=None) -> tuple[pa.Table, dict]:
    """A (validated) Finch Collection table in our curated form: relabeled, token lengths recounted with our
    tokenizer when one is given (else the published counts are used), filtered, sorted like extraction."""
    table = relabel(table)
    if tokenizer is not None:
        table = with_token_lengths(table, tokenizer)
    return curate(table.sort_by(SORT_KEYS), cfg, source="finch")
