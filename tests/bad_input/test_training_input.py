"""An empty trajectory set reaching SFT: refused in one line, before the base model is loaded, and nothing
is written that could pass for a trained model."""
import json
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
TRAIN = yaml.safe_load((REPO / "conf/train/lora.yaml").read_text())


def sft_argv(data: Path, out: Path) -> list[str]:
    return ["train", "sft", "--cfg", json.dumps({"train": TRAIN, "seed": 0}), "--base", str(out.parent / "no-model"),
            "--data", str(data), "--out", str(out)]


def written(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.suffix != ".parquet")


def test_zero_rows(finch_parquet, tmp_path, cli_error):
    data = finch_parquet([])
    line = cli_error(*sft_argv(data, tmp_path / "model"))
    assert line == f"eft train: error: {data}: no trajectories to train on (the file has 0 rows)"
    assert written(tmp_path) == []


def test_zero_rows_with_the_trained_labels(finch_parquet, tmp_path, cli_error):
    data = finch_parquet(["regressed", "unchanged"])
    line = cli_error(*sft_argv(data, tmp_path / "model"))
    assert line == f"eft train: error: {data}: no trajectories labelled improved among its 2 rows (train.labels)"
    assert written(tmp_path) == []


def test_zero_rows_after_curation_filters(finch_parquet, tmp_path, capsys, cli_error):
    from eft.cli import main

    raw, curated = finch_parquet(["improved", "improved"], "raw.parquet"), tmp_path / "curated.parquet"
    cfg = json.dumps({"max_input_tokens": 5, "drop_unrecoverable": True})  # every prompt is longer
    assert main(["trajectories", "curate", "--raw", str(raw), "--cfg", cfg, "--out", str(curated),
                 "--stats", str(tmp_path / "stats.json")]) == 0
    assert json.loads((tmp_path / "stats.json").read_text())["empty"] is True
    capsys.readouterr()
    line = cli_error(*sft_argv(curated, tmp_path / "model"))
    assert line == f"eft train: error: {curated}: no trajectories to train on (the file has 0 rows)"
    assert written(tmp_path) == ["stats.json"]
