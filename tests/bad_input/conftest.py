"""Helpers of the bad-input matrix: every bad input ends in one line that names the problem."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eft.cli import main as eft_main

REPO = Path(__file__).resolve().parents[2]
QUADRATIC = REPO / "tests/fixtures/tasks/quadratic"


@pytest.fixture
def cli_error(capsys):
    """Run `eft ARGV...`; assert a non-zero exit whose last stderr line is `eft <command>: error: ...` and
    return that line (stage logs, e.g. OpenEvolve's, may come before it)."""
    def run(*argv: str) -> str:
        code = eft_main(list(argv))
        lines = capsys.readouterr().err.strip().splitlines()
        assert code != 0 and lines, f"exit {code}, stderr {lines}"
        assert lines[-1].startswith(f"eft {argv[0]}: error: "), lines[-1]
        return lines[-1]
    return run


@pytest.fixture
def task_dir(tmp_path) -> Path:
    """A writable copy of the quadratic fixture task, in a folder named after its id."""
    return Path(shutil.copytree(QUADRATIC, tmp_path / "tasks" / "quadratic"))


def finch_rows(labels: list[str]) -> list[dict]:
    """Valid 25-column Finch rows, one per label (scores and token lengths that pass curate's filters)."""
    from eft.trajectories.schema import SCHEMA

    rows = []
    for i, label in enumerate(labels):
        row = {f.name: (0 if f.type == "int64" else "") for f in SCHEMA}
        row.update(domain="constructive", task="quadratic", improvement_label=label, instance_uid="run0",
                   iteration=i + 1, parent_id=f"p{i}", child_id=f"c{i}", parent_metrics='{"combined_score": 0.5}',
                   child_metrics='{"combined_score": 0.6}', system_token_length=10, user_token_length=10,
                   trajectory=[{"role": "system", "content": "evolve"}, {"role": "user", "content": "improve"},
                               {"role": "assistant", "content": f"x = {i}"}])
        rows.append(row)
    return rows


@pytest.fixture
def finch_parquet(tmp_path):
    """`make(labels, name="t.parquet")` writes a valid Finch parquet with one row per label; returns its path."""
    import pyarrow as pa

    from eft.trajectories.schema import SCHEMA, write_parquet

    def make(labels: list[str], name: str = "t.parquet") -> Path:
        path = tmp_path / name
        write_parquet(pa.Table.from_pylist(finch_rows(labels), schema=SCHEMA), path)
        return path
    return make
