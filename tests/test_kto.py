"""KTO (trl's KTOTrainer) on top of a micro SFT model, as CI runs it: improved rows desirable, regressed
undesirable; a plain loadable output with the adapter merged, the same seed giving the same weights, and one-line
errors for data KTO cannot learn from."""
from __future__ import annotations

import json

import pandas as pd
import pytest
import torch
from test_train import TRAIN, chat, curated, weights  # noqa: F401 (the fixture)

from eft.cli import main as eft_main
from eft.errors import EftError
from eft.train.kto import kto
from eft.train.load import load_model
from eft.train.sft import sft


@pytest.fixture(scope="module")
def sft_model(micro_model, curated, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("kto") / "sft"
    sft(TRAIN, 0, micro_model, curated, out)
    return out


def test_kto_cli_trains_desirable_and_undesirable_rows_deterministically(sft_model, curated, tmp_path):  # noqa: F811
    def run(name: str) -> int:
        return eft_main(["train", "kto", "--cfg", json.dumps({"train": TRAIN, "seed": 0}), "--base", str(sft_model),
                         "--data", str(curated), "--out", str(tmp_path / name)])

    assert run("a") == 0 and run("b") == 0
    log = json.loads((tmp_path / "a" / "train_log.json").read_text())
    assert (log["stage"], log["desirable"], log["undesirable"], log["dropped_too_long"]) == ("kto", 3, 2, 0)
    assert log["optimizer_steps"] == 6 and log["tokens"] > 0 and log["tokens_per_s"] > 0  # 5 rows, batch 2, 2 epochs
    assert (tmp_path / "a" / "adapter" / "adapter_config.json").is_file()
    first, second, before = weights(tmp_path / "a"), weights(tmp_path / "b"), weights(sft_model)
    assert all(torch.equal(first[k], second[k]) for k in first)
    assert any(not torch.equal(first[k], before[k]) for k in first)
    model, tok = load_model(tmp_path / "a")
    with torch.no_grad():
        assert torch.isfinite(model(torch.tensor([tok("def f(x):")["input_ids"]])).logits).all()


def test_full_kto_uses_a_frozen_copy_as_reference(sft_model, curated, tmp_path):  # noqa: F811
    log = kto({**TRAIN, "method": "full"}, 0, sft_model, curated, tmp_path / "full")
    assert log["trainable_params"] == log["n_params"] and not (tmp_path / "full" / "adapter").exists()


def test_kto_refuses_what_it_cannot_learn_from(sft_model, tmp_path, capsys):
    improved_only = tmp_path / "improved.parquet"
    pd.DataFrame({"trajectory": [chat(0), chat(1)], "improvement_label": ["improved", "improved"]}).to_parquet(
        improved_only)
    assert eft_main(["train", "kto", "--cfg", json.dumps({"train": TRAIN, "seed": 0}), "--base", str(sft_model),
                     "--data", str(improved_only), "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert "KTO needs both kinds of rows" in err and "\n" not in err
    assert not (tmp_path / "x").exists()
    with pytest.raises(EftError, match="at least 2"):
        kto({**TRAIN, "kto": {**TRAIN["kto"], "batch_size": 1}}, 0, sft_model, _both(tmp_path), tmp_path / "y")
    with pytest.raises(EftError, match="train.kto is not set"):
        kto({k: v for k, v in TRAIN.items() if k != "kto"}, 0, sft_model, _both(tmp_path), tmp_path / "z")


def _both(tmp_path):
    path = tmp_path / "both.parquet"
    pd.DataFrame({"trajectory": [chat(0), chat(1)], "improvement_label": ["improved", "regressed"]}).to_parquet(path)
    return path
