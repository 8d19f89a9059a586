"""Search runs (summary.json + its trace.jsonl with code and prompts) -> raw Finch-schema rows.

One trace record (one parent -> child mutation) becomes one row. The parquet holds no wall-clock data
(the trace's `timestamp` and `metadata.iteration_time` are dropped), so the same runs give the same bytes.
Runs are written one at a time, in instance_uid order, so a paper run with hundreds of searches never holds
more than one search's traces in memory; the file records which tokenizer counted its token lengths.
"""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pyarrow as pa

from eft.errors import EftError
from eft.io import atomic_path, read_jsonl
from eft.search.summary import RunSummary
from eft.trajectories.labels import label_from_delta, metric_delta
from eft.trajectories.schema import SCHEMA
from eft.trajectories.stream import RowGroupWriter
from eft.trajectories.tokens import (
    TokenCounter,
    load_tokenizer,
    tokenizer_identity,
    with_token_lengths,
)

log = logging.getLogger(__name__)

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
TRACE_METADATA_KEYS = ("evolution_mode", "llm_model")  # deterministic trace fields kept in `metadata`


def sha256_hex(*parts) -> str:
    return hashlib.sha256(json.dumps(list(parts), sort_keys=True).encode("utf-8")).hexdigest()


def dumps(obj) -> str:
    """Canonical JSON for the string-typed JSON columns."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


def split_reasoning(text: str) -> tuple[str, str]:
    """(reasoning, response): the first <think>…</think> block and the text around it.

    A response with `</think>` but no opening tag (chat templates that pre-fill `<think>`) counts everything
    before the closing tag as reasoning; an unclosed `<think>` (generation cut off) makes the rest reasoning.
    """
    close = text.find(THINK_CLOSE)
    open_ = text.find(THINK_OPEN)
    if close < 0 and open_ < 0:
        return "", text.strip()
    if close < 0:
        return text[open_ + len(THINK_OPEN):].strip(), text[:open_].strip()
    start = open_ + len(THINK_OPEN) if 0 <= open_ < close else 0
    before = text[:open_] if 0 <= open_ < close else ""
    return text[start:close].strip(), (before + text[close + len(THINK_CLOSE):]).strip()


def read_trace(path: Path) -> list[dict]:
    """Trace records; when a resumed run re-logged an iteration, the last record of it wins
    (the earlier child was lost with the killed process and has no descendants in the database)."""
    by_iteration: dict[int, dict] = {}
    for number, record in read_jsonl(path):
        for key in ("prompt", "parent_code", "child_code"):
            if key not in record:
                raise EftError(f"{path}:{number}: trace record lacks {key!r} (enable "
                               "evolution_trace.include_code and include_prompts)")
        by_iteration[int(record["iteration"])] = record
    return [by_iteration[i] for i in sorted(by_iteration)]


def instance_uid(summary: RunSummary) -> str:
    """Id of one search run: task × strategy × seed × operator."""
    return sha256_hex(summary.task, summary.strategy, summary.seed, summary.operator)


def row_from_record(summary: RunSummary, uid: str, record: dict) -> dict:
    """One raw row (token lengths are filled in later, in one batch per table)."""
    parent_metrics, child_metrics = record["parent_metrics"], record["child_metrics"]
    delta = metric_delta(parent_metrics, child_metrics)
    system, user = record["prompt"].get("system", ""), record["prompt"].get("user", "")
    reasoning, response = split_reasoning(record.get("llm_response") or "")
    trace_meta = record.get("metadata") or {}
    metadata = {key: getattr(summary, key) for key in ("strategy", "language", "operator", "seed")}
    metadata.update({key: trace_meta.get(key) for key in TRACE_METADATA_KEYS})
    return {
        "domain": summary.domain,
        "task": summary.task,
        "trajectory": [{"role": "system", "content": system}, {"role": "user", "content": user},
                       {"role": "assistant", "content": response}],
        "improvement_label": label_from_delta(delta),
        "improvement_delta": dumps(delta),
        "global_uid": sha256_hex(uid, record["iteration"], record["child_id"]),
        "instance_uid": uid,
        "iteration": record["iteration"],
        "island_id": record.get("island_id"),
        "generation": record.get("generation"),
        "parent_id": record["parent_id"],
        "child_id": record["child_id"],
        "parent_metrics": dumps(parent_metrics),
        "child_metrics": dumps(child_metrics),
        "parent_code": record["parent_code"],
        "child_code": record["child_code"],
        "metadata": dumps(metadata),
        "system_prompt": system,
        "user_prompt": user,
        "reasoning": reasoning,
        "response": response,
        "system_token_length": 0,
        "user_token_length": 0,
        "reasoning_token_length": 0,
        "response_token_length": 0,
    }


def _runs(summary_paths: list[Path], trace_paths: list[Path]) -> dict[str, list[tuple[RunSummary, Path, Path]]]:
    """The runs that produced rows, by instance_uid; a run whose status is not "ok" (a skipped GPU task, a
    failed task) contributes none and is named in the log."""
    if len(summary_paths) != len(trace_paths):
        raise EftError(f"{len(summary_paths)} run summaries but {len(trace_paths)} traces")
    runs: dict[str, list[tuple[RunSummary, Path, Path]]] = {}
    for summary_path, trace_path in zip(map(Path, summary_paths), map(Path, trace_paths)):
        summary = RunSummary.read(summary_path)
        if not summary.ok:
            log.warning("%s: %s; no rows", summary_path, summary.status)
            continue
        if not trace_path.is_file():
            raise EftError(f"{summary_path}: trace {trace_path} not found")
        runs.setdefault(instance_uid(summary), []).append((summary, summary_path, trace_path))
    return runs


def run_tables(summary_paths: list[Path], trace_paths: list[Path], counter: TokenCounter):
    """One table per instance_uid (ascending), rows sorted by (iteration, child_id), with token lengths."""
    runs = _runs(summary_paths, trace_paths)
    for uid in sorted(runs):
        rows = [row_from_record(summary, uid, record) for summary, _, trace in runs[uid]
                for record in read_trace(trace)]
        rows.sort(key=lambda r: (r["iteration"], r["child_id"]))
        yield with_token_lengths(pa.Table.from_pylist(rows, schema=SCHEMA), None, counter)


def extract(summary_paths: list[Path], trace_paths: list[Path], tokenizer) -> pa.Table:
    """All runs' rows (run i = summary_paths[i] + trace_paths[i]), sorted by (instance_uid, iteration,
    child_id), with token lengths, in memory (small inputs; the workflow uses `extract_to`)."""
    tables = list(run_tables(summary_paths, trace_paths, TokenCounter(tokenizer)))
    return pa.concat_tables(tables) if tables else SCHEMA.empty_table()


def extract_to(summary_paths: list[Path], trace_paths: list[Path], tokenizer_dir: Path, out: Path) -> int:
    """Write the rows of `extract` to `out` run by run (atomically); returns the row count."""
    counter = TokenCounter(load_tokenizer(tokenizer_dir))
    metadata = {"token_lengths": {"teacher": tokenizer_identity(tokenizer_dir)}}
    rows = 0
    with atomic_path(out) as tmp:
        writer = RowGroupWriter(tmp, metadata)
        for table in run_tables(summary_paths, trace_paths, counter):
            writer.write(table)
            rows += table.num_rows
        writer.close()
    return rows
