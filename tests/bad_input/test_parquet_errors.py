"""Corrupt and schema-mismatched parquet given to the stages that read trajectories: curate, import-finch
(the Finch schema, all 25 columns) and SFT (the two columns it trains on). Each names the file and the problem."""
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
TRAIN = yaml.safe_load((REPO / "conf/train/lora.yaml").read_text())
CURATE = json.dumps({"max_input_tokens": 1000, "drop_unrecoverable": True})
NOT_PARQUET = ("not a readable parquet file (Parquet magic bytes not found in footer. "
               "Either the file is corrupted or this is not a parquet file.)")


def garbage(good: Path, bad: Path) -> None:
    bad.write_bytes(b"PAR1 these bytes are not a parquet file")


def truncated(good: Path, bad: Path) -> None:
    data = good.read_bytes()
    bad.write_bytes(data[:len(data) // 2])


def missing_column(good: Path, bad: Path) -> None:
    pq.write_table(pq.read_table(good).drop_columns(["improvement_label"]), bad)


def wrong_dtype(good: Path, bad: Path) -> None:
    table = pq.read_table(good)
    index = table.schema.get_field_index("improvement_label")
    pq.write_table(table.set_column(index, "improvement_label", pa.array([1] * table.num_rows)), bad)


DAMAGE = {
    "garbage": (garbage, NOT_PARQUET),
    "truncated": (truncated, NOT_PARQUET),
    "missing-column": (missing_column, "missing Finch column(s): improvement_label"),
    "wrong-dtype": (wrong_dtype, "column 'improvement_label' has dtype int64, expected string"),
}


def stage_argv(stage: str, bad: Path, out: Path) -> list[str]:
    if stage == "curate":
        return ["trajectories", "curate", "--raw", str(bad), "--cfg", CURATE, "--out", str(out),
                "--stats", str(out.with_suffix(".json"))]
    if stage == "import-finch":
        return ["trajectories", "import-finch", "--src", str(bad), "--cfg", CURATE, "--out", str(out),
                "--stats", str(out.with_suffix(".json"))]
    return ["train", "sft", "--cfg", json.dumps({"train": TRAIN, "seed": 0}), "--base", str(out.parent / "no-model"),
            "--data", str(bad), "--out", str(out)]


@pytest.mark.parametrize("stage", ["curate", "import-finch", "sft"])
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_bad_parquet_is_one_line_naming_file_and_problem(finch_parquet, tmp_path, cli_error, stage, damage):
    make_bad, problem = DAMAGE[damage]
    bad, out = tmp_path / "bad.parquet", tmp_path / "out.parquet"
    make_bad(finch_parquet(["improved", "regressed"]), bad)
    argv = stage_argv(stage, bad, out)
    assert cli_error(*argv) == f"eft {argv[0]}: error: {bad}: {problem}"
    assert not out.exists() and not out.with_suffix(".json").exists()
