"""The 25-column Finch Collection schema, and reading/writing parquet that must match it exactly.

Writing uses fixed settings (one compression codec and level, fixed row-group size) so that the same table
gives a byte-identical file; reading validates and normalizes so later stages can rely on the dtypes.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eft.errors import EftError
from eft.io import atomic_path

MESSAGE = pa.struct([("role", pa.string()), ("content", pa.string())])

SCHEMA = pa.schema([
    ("domain", pa.string()),
    ("task", pa.string()),
    ("trajectory", pa.list_(MESSAGE)),
    ("improvement_label", pa.string()),
    ("improvement_delta", pa.string()),
    ("global_uid", pa.string()),
    ("instance_uid", pa.string()),
    ("iteration", pa.int64()),
    ("island_id", pa.int64()),
    ("generation", pa.int64()),
    ("parent_id", pa.string()),
    ("child_id", pa.string()),
    ("parent_metrics", pa.string()),
    ("child_metrics", pa.string()),
    ("parent_code", pa.string()),
    ("child_code", pa.string()),
    ("metadata", pa.string()),
    ("system_prompt", pa.string()),
    ("user_prompt", pa.string()),
    ("reasoning", pa.string()),
    ("response", pa.string()),
    ("system_token_length", pa.int64()),
    ("user_token_length", pa.int64()),
    ("reasoning_token_length", pa.int64()),
    ("response_token_length", pa.int64()),
])
COLUMNS = tuple(SCHEMA.names)

ROW_GROUP_SIZE = 1024
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 3
# Dictionary encoding only where values repeat; on programs and prompts it costs time and saves nothing.
DICTIONARY_COLUMNS = ("domain", "task", "improvement_label", "instance_uid", "iteration", "island_id",
                      "generation", "metadata", "system_prompt", "system_token_length")


def _is_str(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t)


def _compatible(actual: pa.DataType, expected: pa.DataType) -> bool:
    """Same logical type; string/large_string and list/large_list count as the same (HF exports vary)."""
    if _is_str(expected):
        return _is_str(actual)
    if pa.types.is_int64(expected):
        return pa.types.is_int64(actual)
    if not (pa.types.is_list(actual) or pa.types.is_large_list(actual)):
        return False
    item = actual.value_type
    return (pa.types.is_struct(item) and sorted(item.names) == ["content", "role"]
            and all(_is_str(item.field(name).type) for name in ("role", "content")))


def validate_table(table: pa.Table, source: str = "table", columns: Sequence[str] | None = None) -> pa.Table:
    """Return `table` with exactly SCHEMA, or only its `columns` if given (columns reordered, compatible
    types cast), or raise EftError."""
    schema = SCHEMA if columns is None else pa.schema([SCHEMA.field(name) for name in columns])
    names = set(table.column_names)
    if len(names) != table.num_columns:
        raise EftError(f"{source}: duplicate column names")
    missing = [c for c in schema.names if c not in names]
    extra = sorted(names - set(schema.names))
    if missing:
        raise EftError(f"{source}: missing Finch column(s): {', '.join(missing)}")
    if extra and columns is None:
        raise EftError(f"{source}: unexpected column(s): {', '.join(extra)}")
    for field in schema:
        actual = table.schema.field(field.name).type
        if not _compatible(actual, field.type):
            raise EftError(f"{source}: column {field.name!r} has dtype {actual}, expected {field.type}")
    arrays = [table.column(field.name).cast(field.type) for field in schema]  # structs cast by name
    return pa.Table.from_arrays(arrays, schema=schema)


def read_parquet(path: str | Path, columns: Sequence[str] | None = None) -> pa.Table:
    """Read and validate a trajectory parquet (all of it, or only `columns`: training needs two of the 25);
    a corrupt or foreign file is a one-line EftError naming the file."""
    try:
        with pq.ParquetFile(path) as file:
            present = set(file.schema_arrow.names)
            table = file.read(columns=None if columns is None else [c for c in columns if c in present])
    except (OSError, pa.ArrowException) as exc:
        raise EftError(f"{path}: not a readable parquet file ({str(exc).splitlines()[0]})") from None
    return validate_table(table, str(path), columns)


def write_parquet(table: pa.Table, path: str | Path) -> None:
    """Atomically write `table` (validated) with fixed settings so equal tables give equal bytes."""
    table = validate_table(table)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, row_group_size=ROW_GROUP_SIZE, compression=COMPRESSION,
                       compression_level=COMPRESSION_LEVEL, use_dictionary=list(DICTIONARY_COLUMNS),
                       write_statistics=True)
