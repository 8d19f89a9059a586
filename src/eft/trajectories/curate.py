"""Raw trajectories -> curated trajectories plus the counts a report and a figure need (stats.json).

stats.json (keys sorted; fractions are of `kept`, or of `raw` for `dropped_fraction`; 0.0 when empty):
    {"source": "extract" | "finch" | "both", "config": {...cfg...},
     "raw": N, "dropped": {"systematic_error": a, "unrecoverable_breakage": b, "over_long_input": c},
     "dropped_total": a+b+c, "dropped_fraction": float, "kept": K, "empty": K == 0,
     "labels":   {"improved": {"count": n, "fraction": f}, "unchanged": {...}, "regressed": {...}},
     "language": {"python": {"count": n, "fraction": f}, ...},
     "strategy": {"diff": {"count": n, "fraction": f}, "full_rewrite": {...}}}
`raw` counts the rows the domain and task selection kept (cfg `domains`, `exclude_domains`, `tasks`, applied
to the Finch Collection only); the rows it left out are `not_selected` when a selection is configured.

Curation streams (eft.trajectories.stream): files of any size are curated in bounded memory. `curate` and
`import_finch` are the same curation for a table already in memory.
"""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pyarrow as pa

from eft.errors import EftError
from eft.trajectories.labels import LABELS
from eft.trajectories.schema import read_parquet, write_parquet
from eft.trajectories.stream import (
    PUBLISHED,
    Ledger,
    Source,
    curate_stream,
    source_tokenizer,
)
from eft.trajectories.tokens import TokenCounter, load_tokenizer, tokenizer_identity

CFG_KEYS = {"max_input_tokens": int, "drop_unrecoverable": bool}
SELECTION_KEYS = ("domains", "exclude_domains", "tasks")  # optional; lists of names (or null: all)


def check_cfg(cfg: dict) -> dict:
    """The cfg with its optional selection keys filled in; EftError naming the first bad key."""
    if not isinstance(cfg, dict) or not set(CFG_KEYS) <= set(cfg) <= set(CFG_KEYS) | set(SELECTION_KEYS):
        got = sorted(cfg) if isinstance(cfg, dict) else type(cfg).__name__
        raise EftError(f"curate cfg needs the keys {sorted(CFG_KEYS)} (optional: {', '.join(SELECTION_KEYS)}), "
                       f"got {got}")
    for key, kind in CFG_KEYS.items():
        if type(cfg[key]) is not kind:
            raise EftError(f"curate cfg: {key} must be {kind.__name__}, got {cfg[key]!r}")
    for key in SELECTION_KEYS:
        value = cfg.get(key)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise EftError(f"curate cfg: {key} must be a list of names or null, got {value!r}")
    return cfg


def _shares(values: list[str], kept: int, always: tuple[str, ...] = ()) -> dict:
    counts = Counter(values)
    return {key: {"count": counts.get(key, 0), "fraction": counts.get(key, 0) / kept if kept else 0.0}
            for key in sorted(set(counts) | set(always))}


def stats(source: str, cfg: dict, ledger: Ledger, keep: list[bool], dropped: dict) -> dict:
    def kept_values(values: list[str]) -> list[str]:
        return [v for v, k in zip(values, keep) if k]

    raw, kept, total = len(keep), sum(keep), sum(dropped.values())
    out = {
        "source": source, "config": cfg, "raw": raw, "dropped": dropped, "dropped_total": total,
        "dropped_fraction": total / raw if raw else 0.0, "kept": kept, "empty": kept == 0,
        "labels": _shares(kept_values(ledger.labels), kept, LABELS),
        "language": _shares(kept_values(ledger.language), kept),
        "strategy": _shares(kept_values(ledger.strategy), kept),
    }
    if any(cfg.get(key) for key in SELECTION_KEYS):
        out["not_selected"] = len(ledger.selected) - raw
    return out


def finch_source(path: str | Path, cfg: dict) -> Source:
    def names(key):
        return None if cfg.get(key) is None else tuple(cfg[key])

    return Source(Path(path), "finch", relabel=True, domains=names("domains"),
                  exclude_domains=names("exclude_domains") or (), tasks=names("tasks"))


def curate_files(raw: str | Path | None, finch: str | Path | None, cfg: dict, out: str | Path,
                 tokenizer_dir: str | Path | None = None) -> dict:
    """Curate our extraction (`raw`), the Finch Collection (`finch`: a file or a folder of shards), or both
    into `out`; returns the stats. Finch labels are recomputed from improvement_delta. Token lengths are
    recounted with `tokenizer_dir` for a source whose files do not record that same tokenizer; without one,
    every source's counts are used as they are. The output's metadata records whose counts it holds."""
    cfg = check_cfg(cfg)
    sources = ([Source(Path(raw), "teacher")] if raw else []) + ([finch_source(finch, cfg)] if finch else [])
    if not sources:
        raise EftError("curate needs a raw trajectory parquet, a Finch Collection, or both")
    ours = tokenizer_identity(tokenizer_dir) if tokenizer_dir else None
    recorded = {s.label: source_tokenizer(s) for s in sources}
    counted = {label for label, ident in recorded.items() if ours and (ident or {}).get("sha256") != ours["sha256"]}
    counter = TokenCounter(load_tokenizer(tokenizer_dir)) if counted else None
    token_lengths = {label: ours if label in counted else (ident or PUBLISHED) for label, ident in recorded.items()}
    ledger, keep, dropped = curate_stream(sources, cfg, Path(out), counter, counted, token_lengths)
    source = "both" if len(sources) == 2 else ("extract" if raw else "finch")
    return stats(source, cfg, ledger, keep, dropped)


def _in_memory(table: pa.Table, cfg: dict, finch: bool, tokenizer=None) -> tuple[pa.Table, dict]:
    """The streaming curation of a table held in memory (through temp files; for tests and small tables)."""
    with tempfile.TemporaryDirectory(prefix="eft-curate.") as folder:
        src, out = Path(folder, "in.parquet"), Path(folder, "out.parquet")
        write_parquet(table, src)
        cfg = check_cfg(cfg)
        source = finch_source(src, cfg) if finch else Source(src, "teacher")
        counter = TokenCounter(tokenizer) if tokenizer is not None else None
        counted = {source.label} if counter else set()
        ledger, keep, dropped = curate_stream([source], cfg, out, counter, counted, {source.label: PUBLISHED})
        return read_parquet(out), stats("finch" if finch else "extract", cfg, ledger, keep, dropped)


def curate(table: pa.Table, cfg: dict, source: str = "extract") -> tuple[pa.Table, dict]:
    return _in_memory(table, cfg, finch=source == "finch")


def import_finch(table: pa.Table, cfg: dict, tokenizer=None) -> tuple[pa.Table, dict]:
    """A (validated) Finch Collection table in our curated form: relabeled, token lengths recounted with our
    tokenizer when one is given (else the published counts are used), filtered, sorted like extraction."""
    return _in_memory(table, cfg, finch=True, tokenizer=tokenizer)
