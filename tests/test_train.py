"""eft.train on a micro model: corpus/tokenizer determinism, pretraining, SFT masking, LoRA merge, padding-free
batches, task subsets, the multi-GPU launcher, errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eft.cli import main as eft_main
from eft.errors import EftError
from eft.train.corpus import build_corpus
from eft.train.data import IGNORE, encode_chat
from eft.train.load import load_model
from eft.train.sft import sft
from eft.train.tokenizer import train_tokenizer

TRAIN = {"method": "lora", "labels": ["improved"], "target": "answer", "epochs": 1, "lr": 1e-2, "batch_size": 2,
         "grad_accum": 1, "max_seq_len": 256, "warmup_ratio": 0.0, "precision": "auto", "gradient_checkpointing": False,
         "packing": False, "attn_implementation": "sdpa", "accelerate": None, "tasks": None,
         "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]},
         "kto": {"desirable": ["improved"], "undesirable": ["regressed"], "beta": 0.1, "desirable_weight": 1.0,
                 "undesirable_weight": 1.0, "lr": 1e-2, "epochs": 2, "batch_size": 2, "grad_accum": 1}}


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
    labels = ["improved", "regressed", "improved", "unchanged", "improved", "regressed"]
    pd.DataFrame({"trajectory": [chat(i) for i in range(6)], "improvement_label": labels,
                  "task": ["t0", "t1", "t0", "t1", "t2", "t0"]}).to_parquet(path)
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
    assert len(log["steps"]) == 3 and log["tokens_per_s"] > 0 and log["tokens"] == 3 * 2 * 64
    assert [s["tokens"] for s in log["steps"]] == [128] * 3 and log["peak_memory_bytes"] > 0
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


def test_padding_free_batches_train_exactly_like_padded_ones(base, curated, tmp_path):
    """Same examples, same order: concatenating a micro-batch into one row (position ids restarting per example)
    must give the padded batch's losses; only the pad tokens leave the count of processed tokens unchanged."""
    padded = sft({**TRAIN, "epochs": 2}, 0, base, curated, tmp_path / "padded")
    packed = sft({**TRAIN, "epochs": 2, "packing": True}, 0, base, curated, tmp_path / "packed")
    assert [s["tokens"] for s in padded["steps"]] == [s["tokens"] for s in packed["steps"]]
    for a, b in zip(padded["steps"], packed["steps"]):
        assert a["loss"] == pytest.approx(b["loss"], rel=1e-5)
    first, second = weights(tmp_path / "padded"), weights(tmp_path / "packed")
    assert max((first[k] - second[k]).abs().max().item() for k in first) < 1e-5


def test_task_subset_trains_on_its_rows_only(base, curated, tmp_path):
    log = sft({**TRAIN, "tasks": ["t0", "t9"]}, 0, base, curated, tmp_path / "subset")
    assert (log["rows"], log["examples"], log["tasks"]) == (2, 2, ["t0", "t9"])
    with pytest.raises(EftError, match="train.tasks"):
        sft({**TRAIN, "tasks": ["t9"]}, 0, base, curated, tmp_path / "none")
    with pytest.raises(EftError, match="no trajectories labelled"):
        sft({**TRAIN, "tasks": ["t1"]}, 0, base, curated, tmp_path / "none")  # t1 has no improved row
    assert not (tmp_path / "none").exists()


def test_launcher_prefix_per_gpu_count(capsys):
    from eft.train.launch import ACCELERATE_DIR, launch_command

    assert launch_command(0, "fsdp") == launch_command(1, None) == ["python", "-m", "eft.cli"]
    assert launch_command(4, None) == ["accelerate", "launch", "--num_processes", "4", "--multi_gpu", "-m", "eft.cli"]
    assert launch_command(8, "fsdp") == ["accelerate", "launch", "--num_processes", "8", "--config_file",
                                         str(ACCELERATE_DIR / "fsdp.yaml"), "-m", "eft.cli"]
    assert (ACCELERATE_DIR / "fsdp.yaml").is_file() and (ACCELERATE_DIR / "deepspeed_zero3.yaml").is_file()
    with pytest.raises(EftError, match="expected null or one of"):
        launch_command(2, "zero9")
    assert eft_main(["train", "launcher", "--gpus", "2", "--accelerate", "fsdp"]) == 0
    assert capsys.readouterr().out.startswith("accelerate launch --num_processes 2 --config_file ")
    from importlib.util import find_spec

    if find_spec("deepspeed") is None:
        assert eft_main(["train", "launcher", "--gpus", "2", "--accelerate", "deepspeed_zero3"]) == 2
        err = capsys.readouterr().err.strip()
        assert "deepspeed" in err and "fsdp" in err and "\n" not in err
    else:
        assert "deepspeed_zero3.yaml" in " ".join(launch_command(2, "deepspeed_zero3"))


def test_sft_through_accelerate_launch_on_cpu(base, curated, tmp_path):
    """The launcher's multi-process path, reduced to one CPU process: `accelerate launch` runs the same CLI."""
    import shutil
    import subprocess
    import sys

    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    assert accelerate, "accelerate's launcher is not installed next to this Python"
    cfg = json.dumps({"train": TRAIN, "seed": 0})
    proc = subprocess.run([accelerate, "launch", "--num_processes", "1", "--cpu", "-m", "eft.cli", "train", "sft",
                           "--cfg", cfg, "--base", str(base), "--data", str(curated), "--out", str(tmp_path / "acc")],
                          check=False, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    sft(TRAIN, 0, base, curated, tmp_path / "direct")
    launched, direct = weights(tmp_path / "acc"), weights(tmp_path / "direct")
    assert all(torch.equal(launched[k], direct[k]) for k in direct)


def test_launch_command_module_does_not_load_torch():
    """The workflow builds every training job's command while it builds the DAG: importing torch there cost
    every Snakemake start (dry runs, restarts, each SLURM job step) about 5 s."""
    code = "import sys, eft.train.launch; print(sorted(m for m in ('torch', 'transformers', 'peft', 'trl') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
