"""Training checkpoints: a pretraining run killed with SIGKILL, or an SFT run that died mid-way, resumes from
its latest checkpoint and ends with byte-identical weights to an uninterrupted run."""
from __future__ import annotations

import json
import sys

import pytest
import torch
from conftest import MICRO_MODEL, kill_once_exists
from test_train import TRAIN, curated  # noqa: F401 (the fixture)

from eft.cli import main as eft_main
from eft.train import sft as sft_module
from eft.train.loop import Checkpointing

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
                     root / "killed.work" / "checkpoint.pt", timeout=120)
    assert not (root / "killed").exists()
    assert eft_main(pretrain_argv(root, "killed")) == 0
    log = train_log(root / "killed")
    assert INTERVAL <= log["resumed_from_step"] < STEPS and log["resumed_from_step"] % INTERVAL == 0
    assert [s["loss"] for s in log["steps"]] == [s["loss"] for s in train_log(root / "whole")["steps"]]
    assert (root / "killed/model.safetensors").read_bytes() == (root / "whole/model.safetensors").read_bytes()
    assert not (root / "killed.work").exists()  # checkpoints go once the model is saved


def test_lora_sft_resumes_to_identical_weights(micro_model, curated, tmp_path, monkeypatch):  # noqa: F811
    cfg = {**TRAIN, "epochs": 8, "checkpoint_interval": 3}  # 3 examples, batch 2: 16 steps
    sft_module.sft(cfg, 0, micro_model, curated, tmp_path / "whole")

    def dying_batches(*args):
        for i, batch in enumerate(real_batches(*args)):
            if i == 7:
                raise KeyboardInterrupt  # as if killed during step 8, after the checkpoint of step 6
            yield batch

    real_batches = sft_module.sft_batches
    monkeypatch.setattr(sft_module, "sft_batches", dying_batches)
    with pytest.raises(KeyboardInterrupt):
        sft_module.sft(cfg, 0, micro_model, curated, tmp_path / "resumed")
    monkeypatch.undo()
    assert (tmp_path / "resumed.work/checkpoint.pt").is_file()
    log = sft_module.sft(cfg, 0, micro_model, curated, tmp_path / "resumed")
    assert log["resumed_from_step"] == 6 and len(log["steps"]) == 16
    for name in ("model.safetensors", "adapter/adapter_model.safetensors"):
        assert (tmp_path / "resumed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_checkpoint_of_other_settings_or_inputs_is_ignored(tmp_path):
    saved = Checkpointing(tmp_path, 5, {"config": {"lr": 1e-3}, "inputs": "a"})
    saved.save({"step": 5, "weights": torch.zeros(2)})
    assert saved.load()["step"] == 5
    assert Checkpointing(tmp_path, 5, {"config": {"lr": 2e-3}, "inputs": "a"}).load() is None
    assert Checkpointing(tmp_path, 5, {"config": {"lr": 1e-3}, "inputs": "b"}).load() is None
