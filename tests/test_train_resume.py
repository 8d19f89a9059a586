"""Training checkpoints: a pretraining or SFT run killed with SIGKILL after a checkpoint resumes from it and ends
with byte-identical weights (and the same per-step losses) to an uninterrupted run; a work dir of other settings
or inputs is cleared, never resumed."""
from __future__ import annotations

import json
import sys

import pytest
from conftest import MICRO_MODEL, kill_once_exists
from test_train import TRAIN, curated  # noqa: F401 (the fixture)

from eft.cli import main as eft_main
from eft.train.runner import COMPLETE, WorkDir

STEPS, INTERVAL = 100, 5


CFG = {**MICRO_MODEL, "pretrain": {**MICRO_MODEL["pretrain"], "steps": STEPS, "checkpoint_interval": INTERVAL},
       "seed": 0}


def pretrain_argv(root, name: str) -> list[str]:
    return ["train", "pretrain", "--cfg", json.dumps(CFG), "--tokenizer", str(root / "tok"), "--corpus",
            str(root / "corpus.txt"), "--out", str(root / name)]


def train_log(model_dir) -> dict:
    return json.loads((model_dir / "train_log.json").read_text())


def test_pretraining_killed_after_a_checkpoint_resumes_to_identical_weights(micro_model):
    root = micro_model.parent
    assert eft_main(pretrain_argv(root, "whole")) == 0
    kill_once_exists([sys.executable, "-m", "eft.cli", *pretrain_argv(root, "killed")],
                     root / "killed.work" / f"checkpoint-{INTERVAL}" / COMPLETE, timeout=120)
    assert not (root / "killed").exists()
    assert eft_main(pretrain_argv(root, "killed")) == 0
    log = train_log(root / "killed")
    assert INTERVAL <= log["resumed_from_step"] < STEPS and log["resumed_from_step"] % INTERVAL == 0
    assert [s["loss"] for s in log["steps"]] == [s["loss"] for s in train_log(root / "whole")["steps"]]
    assert (root / "killed/model.safetensors").read_bytes() == (root / "whole/model.safetensors").read_bytes()
    assert not (root / "killed.work").exists()  # checkpoints go once the model is saved


def test_lora_sft_killed_after_a_checkpoint_resumes_to_identical_weights(micro_model, curated, tmp_path):  # noqa: F811
    cfg = {**TRAIN, "epochs": 40, "checkpoint_interval": 3}  # 3 examples, batch 2: 80 steps

    def argv(name: str) -> list[str]:
        return ["train", "sft", "--cfg", json.dumps({"train": cfg, "seed": 0}), "--base", str(micro_model),
                "--data", str(curated), "--out", str(tmp_path / name)]

    assert eft_main(argv("whole")) == 0
    kill_once_exists([sys.executable, "-m", "eft.cli", *argv("resumed")],
                     tmp_path / "resumed.work" / "checkpoint-6" / COMPLETE, timeout=120)
    assert not (tmp_path / "resumed").exists()
    assert eft_main(argv("resumed")) == 0
    log, whole = train_log(tmp_path / "resumed"), train_log(tmp_path / "whole")
    assert 6 <= log["resumed_from_step"] < 80 and len(log["steps"]) == 80
    assert [s["loss"] for s in log["steps"]] == [s["loss"] for s in whole["steps"]]
    assert log["tokens"] == whole["tokens"]
    for name in ("model.safetensors", "adapter/adapter_model.safetensors"):
        assert (tmp_path / "resumed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_checkpoint_of_other_settings_or_inputs_is_ignored(tmp_path):
    def work(config: dict, inputs: str) -> WorkDir:
        return WorkDir(tmp_path / "w", 5, {"config": config, "inputs": inputs})

    assert work({"lr": 1e-3}, "a").prepare() is None
    for step in (5, 10):
        (tmp_path / "w" / f"checkpoint-{step}").mkdir()
    (tmp_path / "w" / "checkpoint-5" / COMPLETE).touch()  # checkpoint-10 was being written when the run died
    assert work({"lr": 1e-3}, "a").prepare() == tmp_path / "w" / "checkpoint-5"
    assert work({"lr": 2e-3}, "a").prepare() is None and not (tmp_path / "w" / "checkpoint-5").exists()
    (tmp_path / "w" / "checkpoint-5").mkdir()
    (tmp_path / "w" / "checkpoint-5" / COMPLETE).touch()
    assert work({"lr": 2e-3}, "b").prepare() is None


@pytest.mark.parametrize("interval", [None])
def test_no_interval_means_no_resume(tmp_path, interval):
    (tmp_path / "w" / "checkpoint-5").mkdir(parents=True)
    (tmp_path / "w" / "checkpoint-5" / COMPLETE).touch()
    assert WorkDir(tmp_path / "w", interval, {}).prepare() is None and not (tmp_path / "w" / "checkpoint-5").exists()
