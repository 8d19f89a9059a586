"""eft.train on a micro model: corpus/tokenizer determinism, pretraining, SFT masking, LoRA merge, errors."""
from __future__ import annotations

import json
import os

import pandas as pd
import pytest
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eft.cli import main as eft_main  # noqa: E402
from eft.errors import EftError  # noqa: E402
from eft.train.corpus import build_corpus  # noqa: E402
from eft.train.data import IGNORE, encode_chat  # noqa: E402
from eft.train.load import load_model  # noqa: E402
from eft.train.sft import sft  # noqa: E402
from eft.train.tokenizer import train_tokenizer  # noqa: E402

TRAIN = {"method": "lora", "labels": ["improved"], "epochs": 1, "lr": 1e-2, "batch_size": 2, "grad_accum": 1,
         "max_seq_len": 256, "warmup_ratio": 0.0,
         "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]}}


@pytest.fixture(scope="module")
def base(micro_model):
    return micro_model


def chat(i: int) -> list[dict]:
    return [{"role": "system", "content": "You evolve programs."},
            {"role": "user", "content": f"Improve:\ndef f(x):\n    return x * {i}"},
            {"role": "assistant", "content": f"def f(x):\n    return x + {i}"}]


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    path = tmp_path_factory.mktemp("data") / "curated.parquet"
    labels = ["improved", "regressed", "improved", "unchanged", "improved"]
    pd.DataFrame({"trajectory": [chat(i) for i in range(5)], "improvement_label": labels}).to_parquet(path)
    return path


def weights(model_dir):
    model, _ = load_model(model_dir)
    return {k: v.clone() for k, v in model.state_dict().items()}


def test_corpus_is_deterministic_task_first_and_truncated(tmp_path):
    stdlib = tmp_path / "lib"
    for rel in ["b.py", "a.py", "test/t.py", "site-packages/s.py"]:
        (stdlib / rel).parent.mkdir(parents=True, exist_ok=True)
        (stdlib / rel).write_text(f"# {rel}\n")
    prog = tmp_path / "task_x" / "initial_program.py"
    prog.parent.mkdir()
    prog.write_text("x = 1\n")
    text = build_corpus([prog], 10_000, stdlib)
    assert text == build_corpus([prog], 10_000, stdlib)
    assert [line for line in text.splitlines() if line.startswith("# ----")] == [
        "# ---- task_x/initial_program.py ----", "# ---- a.py ----", "# ---- b.py ----"]
    assert len(build_corpus([prog], 20, stdlib).encode()) == 20
    with pytest.raises(EftError):
        build_corpus([tmp_path / "missing.py"], 100, stdlib)


def test_tokenizer_deterministic_with_chat_template():
    text = build_corpus([], 30_000)
    tok = train_tokenizer(text, 400)
    assert tok.backend_tokenizer.to_str() == train_tokenizer(text, 400).backend_tokenizer.to_str()
    rendered = tok.apply_chat_template(chat(1)[:2], add_generation_prompt=True, tokenize=False)
    assert rendered.startswith("<|bos|><|system|>\nYou evolve programs.<|end|>\n<|user|>\n")
    assert rendered.endswith("<|assistant|>\n")


def test_pretrain_writes_loadable_model_and_log(base):
    log = json.loads((base / "train_log.json").read_text())
    assert len(log["steps"]) == 3 and log["tokens_per_s"] > 0
    model, tok = load_model(base)
    assert model.config.max_position_embeddings == 256 and len(tok) == model.config.vocab_size
    assert oct(base.stat().st_mode & 0o777) == "0o755"
    assert not [p for p in base.parent.iterdir() if p.name.startswith(".")]  # no temp dirs left


def test_loss_only_on_assistant_response(base):
    _, tok = load_model(base)
    ids, labels = encode_chat(tok, chat(7))
    first = next(i for i, y in enumerate(labels) if y != IGNORE)
    assert all(y == IGNORE for y in labels[:first]) and labels[first:] == ids[first:]
    assert tok.decode(ids[first:]) == "def f(x):\n    return x + 7<|end|>\n"


def test_lora_sft_merges_adapter_and_is_deterministic(base, curated, tmp_path):
    log = sft(TRAIN, 0, base, curated, tmp_path / "a")
    assert (log["rows"], log["examples"], log["dropped_too_long"]) == (3, 3, 0)
    assert (tmp_path / "a" / "adapter" / "adapter_config.json").is_file()
    merged, tok = load_model(tmp_path / "a")
    from peft import PeftModel

    with_adapter = PeftModel.from_pretrained(load_model(base)[0], str(tmp_path / "a" / "adapter")).eval()
    x = torch.tensor([tok("def f(x):")["input_ids"]])
    with torch.no_grad():
        torch.testing.assert_close(merged(x).logits, with_adapter(x).logits, atol=1e-5, rtol=1e-5)
    sft(TRAIN, 0, base, curated, tmp_path / "b")
    first, second, original = weights(tmp_path / "a"), weights(tmp_path / "b"), weights(base)
    assert all(torch.equal(first[k], second[k]) for k in first)
    assert any(not torch.equal(first[k], original[k]) for k in first)


def test_full_sft_drops_and_counts_long_examples(base, curated, tmp_path):
    _, tok = load_model(base)
    lengths = sorted(len(encode_chat(tok, chat(i))[0]) for i in (0, 2, 4))
    cfg = {**TRAIN, "method": "full", "max_seq_len": lengths[0]}
    log = sft(cfg, 0, base, curated, tmp_path / "full")
    assert log["dropped_too_long"] == sum(n > lengths[0] for n in lengths) and log["examples"] >= 1
    assert not (tmp_path / "full" / "adapter").exists()
    with pytest.raises(EftError, match="exceed"):
        sft({**cfg, "max_seq_len": 5}, 0, base, curated, tmp_path / "none")


def test_sft_refuses_empty_selection_in_one_line(base, tmp_path, capsys):
    regressed_only = tmp_path / "regressed.parquet"
    pd.DataFrame({"trajectory": [chat(0)], "improvement_label": ["regressed"]}).to_parquet(regressed_only)
    cfg = json.dumps({"train": TRAIN, "seed": 0})
    assert eft_main(["train", "sft", "--cfg", cfg, "--base", str(base), "--data", str(regressed_only),
                     "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert "no trajectories labelled" in err and "\n" not in err
    assert not (tmp_path / "x").exists()


def test_target_switch_puts_the_reasoning_back_before_the_answer(tmp_path):
    from eft.train.data import load_trajectories

    path = tmp_path / "with_reasoning.parquet"
    pd.DataFrame({"trajectory": [chat(1), chat(2)], "improvement_label": ["improved", "improved"],
                  "reasoning": ["add instead of multiply", ""]}).to_parquet(path)
    answers = [c[-1]["content"] for c in load_trajectories(path, ["improved"], "answer")]
    assert answers == ["def f(x):\n    return x + 1", "def f(x):\n    return x + 2"]
    both = [c[-1]["content"] for c in load_trajectories(path, ["improved"], "reasoning_and_answer")]
    assert both == ["<think>\nadd instead of multiply\n</think>\n\ndef f(x):\n    return x + 1", answers[1]]
    with pytest.raises(EftError, match="train.target"):
        load_trajectories(path, ["improved"], "everything")
