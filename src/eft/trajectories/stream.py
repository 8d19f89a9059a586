"""Curation that streams: any number of rows, in memory one batch (and at most one sort bucket) at a time.

Pass 1 reads only the small columns (and the four texts when token lengths are recounted) batch by batch and
keeps what the filters, the sort and the stats need in a side structure (`Ledger`: one compact `Step` per
row, its label, language and strategy codes and token counts). The filters then run on the side structure,
which also gives each kept row its place in the output order (instance_uid, iteration, child_id). Pass 2
reads every column batch by batch and writes the kept rows, in that order, row group by row group: directly
when the input is already in that order (our own extraction), else through sort buckets on disk (temporary
zstd-compressed Arrow files of BUCKET_ROWS rows each, beside the output). A failed run leaves no output.
"""
from __future__ import annotations

import json
import queue
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eft.errors import EftError
from eft.io import atomic_path
from eft.trajectories.filters import STEP_COLUMNS, Step, keep_flags, steps_from_columns
from eft.trajectories.labels import label_from_delta_json
from eft.trajectories.schema import (
    COLUMNS,
    COMPRESSION,
    COMPRESSION_LEVEL,
    DICTIONARY_COLUMNS,
    ROW_GROUP_SIZE,
    SCHEMA,
    validate_table,
)
from eft.trajectories.tokens import LENGTH_COLUMNS, TEXT_COLUMNS, TokenCounter

BATCH_ROWS = 256          # rows per read batch: ~12 MB of the collection's text at its real row size
BUCKET_ROWS = 2048        # rows per sort bucket (the most rows pass 2 holds when the input is unsorted)
META_KEY = b"eft"         # parquet key-value metadata: {"token_lengths": {source label: tokenizer identity}}
PUBLISHED = {"name": "published", "sha256": None}  # counts taken as published, tokenizer not recorded


@dataclass(frozen=True)
class Source:
    """One input of a curation: a parquet file or a folder of parquet shards."""

    path: Path
    label: str                 # "teacher" or "finch": names the source in the output metadata and stats
    relabel: bool = False      # recompute labels from improvement_delta (a collection made elsewhere)
    domains: tuple[str, ...] | None = None    # keep only these domains (None: all)
    exclude_domains: tuple[str, ...] = ()
    tasks: tuple[str, ...] | None = None      # keep only these tasks (None: all)

    def files(self) -> list[Path]:
        path = Path(self.path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.parquet") if not any(
                part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                raise EftError(f"{path}: folder holds no .parquet shards")
            return files
        if not path.is_file():
            raise EftError(f"{path}: no such parquet file or folder")
        return [path]

    def selects(self, domain: str | None, task: str | None) -> bool:
        return ((self.domains is None or domain in self.domains) and domain not in self.exclude_domains
                and (self.tasks is None or task in self.tasks))


def _open(path: Path) -> pq.ParquetFile:
    try:
        file = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise EftError(f"{path}: not a readable parquet file ({str(exc).splitlines()[0]})") from None
    validate_table(file.schema_arrow.empty_table(), str(path))  # the 25 columns, compatible dtypes
    return file


def file_metadata(path: Path) -> dict:
    """The `eft` entry of a trajectory parquet's key-value metadata ({} when it has none)."""
    meta = _open(path).schema_arrow.metadata or {}
    try:
        value = json.loads(meta.get(META_KEY, b"{}"))
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def source_tokenizer(source: Source) -> dict | None:
    """Whose token counts a source holds: the identity its files record (all must agree), else None."""
    found = {json.dumps((file_metadata(p).get("token_lengths") or {}).get(source.label), sort_keys=True)
             for p in source.files()}
    if len(found) != 1:
        return None
    value = json.loads(found.pop())
    return value if isinstance(value, dict) and value.get("sha256") else None


def prefetch(items: Iterator, depth: int = 2) -> Iterator:
    """`items`, produced by a background thread up to `depth` ahead: Arrow decodes and compresses without the
    GIL, so reading the next batch overlaps with writing this one (the two cores both work)."""
    out: queue.Queue = queue.Queue(maxsize=depth)
    done, stop = object(), threading.Event()

    def produce():
        try:
            for item in items:
                if stop.is_set():
                    return
                out.put((item, None))
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, raised there
            out.put((None, exc))
            return
        out.put((done, None))

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    try:
        while True:
            item, exc = out.get()
            if exc is not None:
                raise exc
            if item is done:
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            try:
                out.get_nowait()
            except queue.Empty:
                thread.join(0.01)


def batches(source: Source, columns: list[str]) -> Iterator[pa.Table]:
    """Validated tables of at most BATCH_ROWS rows holding `columns`, file by file, in row order."""
    for path in source.files():
        file = _open(path)
        try:
            for batch in file.iter_batches(batch_size=BATCH_ROWS, columns=columns, use_threads=True):
                yield validate_table(pa.Table.from_batches([batch]), str(path), columns)
        except (OSError, pa.ArrowException) as exc:
            raise EftError(f"{path}: not a readable parquet file ({str(exc).splitlines()[0]})") from None
        finally:
            file.close()


def pick(table: pa.Table, rows: list[int]) -> pa.Table:
    """Rows `rows` of `table` in that order, as zero-copy slices of consecutive runs (Arrow's take copies,
    and on a chunked nested column it is slow)."""
    if rows == list(range(table.num_rows)):
        return table
    parts, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i] != rows[i - 1] + 1:
            parts.append(table.slice(rows[start], i - start))
            start = i
    return pa.concat_tables(parts) if parts else table.slice(0, 0)


def _language_and_strategy(text: str | None) -> tuple[str, str]:
    """The metadata's language and strategy ("unknown" where absent or unreadable)."""
    try:
        meta = json.loads(text) if text else {}
    except json.JSONDecodeError:
        meta = {}
    if not isinstance(meta, dict):
        return "unknown", "unknown"
    return str(meta.get("language") or "unknown"), str(meta.get("strategy") or "unknown")


@dataclass
class Ledger:
    """The side structure of pass 1: per selected row its Step, label, language, strategy and (when
    recounted) token lengths; per read row whether it was selected."""

    selected: list[bool] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    strategy: list[str] = field(default_factory=list)
    lengths: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(self, source: Source, table: pa.Table, counter: TokenCounter | None) -> None:
        cols = {name: table.column(name).to_pylist() for name in table.column_names if name not in TEXT_COLUMNS}
        chosen = [i for i, (d, t) in enumerate(zip(cols["domain"], cols["task"])) if source.selects(d, t)]
        self.selected.extend(source.selects(d, t) for d, t in zip(cols["domain"], cols["task"]))
        if len(chosen) < table.num_rows:
            cols = {name: [values[i] for i in chosen] for name, values in cols.items()}
            table = pick(table, chosen)
        if counter is not None:
            counts = [counter.count(table.column(name).to_pylist()) for name in TEXT_COLUMNS]
            lengths = list(zip(*counts))
        else:
            lengths = list(zip(*(cols[name] for name in LENGTH_COLUMNS)))
        self.lengths.extend(lengths)
        self.steps.extend(steps_from_columns(cols, [(s or 0) + (u or 0) for s, u, _, _ in lengths]))
        if source.relabel:
            self.labels.extend(label_from_delta_json(d, lab) for d, lab in
                               zip(cols["improvement_delta"], cols["improvement_label"]))
        else:
            self.labels.extend(cols["improvement_label"])
        for language, strategy in map(_language_and_strategy, cols["metadata"]):
            self.language.append(language)
            self.strategy.append(strategy)


def pass1_columns(counted: bool) -> list[str]:
    small = [*STEP_COLUMNS, "domain", "task", "improvement_delta", "improvement_label", "metadata"]
    return small + list(TEXT_COLUMNS if counted else LENGTH_COLUMNS)


def order_of(steps: list[Step], keep: list[bool]) -> list[int]:
    """Rank of each kept step (by position among the kept) in the output order (instance_uid, iteration,
    child_id), ascending, nulls last, ties in input order, as Arrow's stable sort_by gives."""
    kept = [s for s, k in zip(steps, keep) if k]

    def key(i: int):
        s = kept[i]
        return (s.run is None, s.run or "", s.iteration is None, s.iteration or 0,
                s.child_id is None, s.child_id or "")

    ranks = [0] * len(kept)
    for rank, i in enumerate(sorted(range(len(kept)), key=key)):
        ranks[i] = rank
    return ranks


class RowGroupWriter:
    """Appends tables to a parquet file in row groups of exactly ROW_GROUP_SIZE rows (the last one shorter),
    so the file is the same whatever batch sizes fed it."""

    def __init__(self, path: Path, metadata: dict):
        schema = SCHEMA.with_metadata({META_KEY: json.dumps(metadata, sort_keys=True).encode()})
        self.writer = pq.ParquetWriter(path, schema, compression=COMPRESSION, compression_level=COMPRESSION_LEVEL,
                                       use_dictionary=list(DICTIONARY_COLUMNS), write_statistics=True)
        self.schema, self.pending, self.rows = schema, [], 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.pending.append(table.replace_schema_metadata(self.schema.metadata))
            self.rows += table.num_rows
        while self.rows >= ROW_GROUP_SIZE:
            self._flush(ROW_GROUP_SIZE)

    def _flush(self, rows: int) -> None:
        table = pa.concat_tables(self.pending)
        self.writer.write_table(table.slice(0, rows), row_group_size=ROW_GROUP_SIZE)
        rest = table.slice(rows)
        self.pending, self.rows = ([rest] if rest.num_rows else []), rest.num_rows

    def close(self) -> None:
        if self.rows:
            self._flush(self.rows)
        self.writer.close()


class Buckets:
    """Sort buckets on disk: kept rows go to bucket rank // BUCKET_ROWS with their rank; each bucket is then
    read back alone, sorted and written."""

    RANK = "__rank"

    def __init__(self, folder: Path, kept: int):
        self.folder, self.count = folder, (kept + BUCKET_ROWS - 1) // BUCKET_ROWS
        self.schema = SCHEMA.append(pa.field(self.RANK, pa.int64()))
        self.writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
        self.options = pa.ipc.IpcWriteOptions(compression="zstd")  # fastest here: code compresses ~60x

    def _path(self, bucket: int) -> Path:
        return self.folder / f"bucket{bucket:06d}.arrow"

    def add(self, table: pa.Table, ranks: list[int]) -> None:
        groups: dict[int, list[int]] = {}
        for i, rank in enumerate(ranks):
            groups.setdefault(rank // BUCKET_ROWS, []).append(i)
        for bucket, rows in groups.items():
            part = pick(table, rows).combine_chunks()   # one record batch: per-chunk batches cost far more
            part = pa.Table.from_arrays([*part.columns, pa.array([ranks[i] for i in rows], pa.int64())],
                                        schema=self.schema)
            if bucket not in self.writers:
                self.writers[bucket] = pa.ipc.new_stream(str(self._path(bucket)), self.schema, options=self.options)
            self.writers[bucket].write_table(part)

    def _read(self, bucket: int) -> pa.Table:
        with pa.memory_map(str(self._path(bucket))) as source:
            return pa.ipc.open_stream(source).read_all()

    def drain(self, out: RowGroupWriter) -> None:
        for writer in self.writers.values():
            writer.close()
        for path, table in prefetch((self._path(b), self._read(b)) for b in range(self.count)):
            ranks = table.column(self.RANK).to_pylist()
            out.write(pick(table.drop_columns([self.RANK]), sorted(range(len(ranks)), key=ranks.__getitem__)))
            del table
            path.unlink()


def _with_columns(table: pa.Table, labels: list[str], lengths: list[tuple]) -> pa.Table:
    """`table` with its labels and token lengths replaced by those of pass 1, in SCHEMA order."""
    arrays = {"improvement_label": pa.array(labels, type=pa.string())}
    for j, name in enumerate(LENGTH_COLUMNS):
        arrays[name] = pa.array([row[j] for row in lengths], type=pa.int64())
    return pa.Table.from_arrays([arrays.get(name, table.column(name)) for name in COLUMNS], schema=SCHEMA)


def curate_stream(sources: list[Source], cfg: dict, out: Path, counter: TokenCounter | None,
                  counted: set[str], token_lengths: dict) -> tuple[Ledger, list[bool], dict]:
    """Curate `sources` into the parquet `out` (atomically); (ledger, keep per selected row, dropped counts).

    `counted`: labels of the sources whose token lengths `counter` recounts (the others keep theirs);
    `token_lengths`: recorded in the output metadata."""
    ledger = Ledger()
    for source in sources:
        recount = source.label in counted
        for table in prefetch(batches(source, pass1_columns(recount))):
            ledger.add(source, table, counter if recount else None)
    keep, dropped = keep_flags(ledger.steps, cfg["max_input_tokens"], cfg["drop_unrecoverable"])
    ranks = order_of(ledger.steps, keep)
    in_order = all(a < b for a, b in pairwise(ranks))
    with atomic_path(out) as tmp, tempfile.TemporaryDirectory(prefix=".buckets.", dir=Path(out).parent) as folder:
        writer = RowGroupWriter(tmp, {"token_lengths": token_lengths})
        buckets = None if in_order else Buckets(Path(folder), len(ranks))
        read = selected = kept = 0   # rows read, selected rows seen, kept rows seen
        for source in sources:
            for table in prefetch(batches(source, list(COLUMNS))):
                rows, sel_index = [], []
                for i in range(table.num_rows):
                    if ledger.selected[read + i]:
                        if keep[selected]:
                            rows.append(i)
                            sel_index.append(selected)
                        selected += 1
                read += table.num_rows
                if not rows:
                    continue
                part = _with_columns(pick(table, rows),
                                     [ledger.labels[j] for j in sel_index], [ledger.lengths[j] for j in sel_index])
                if buckets is None:
                    writer.write(part)
                else:
                    buckets.add(part, ranks[kept:kept + len(rows)])
                kept += len(rows)
        if buckets is not None:
            buckets.drain(writer)
        writer.close()
    return ledger, keep, dropped
