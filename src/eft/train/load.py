"""Load a model folder from a local directory only (fine-tuned adapters are merged before they are saved)."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from eft.errors import EftError
from eft.io import atomic_dir, atomic_write_json


def load_model(model_dir: str | Path, dtype: torch.dtype = torch.float32):
    """(model, tokenizer) from `model_dir`."""
    model_dir = Path(model_dir).resolve()
    if not (model_dir / "config.json").is_file():
        raise EftError(f"not a model folder (no config.json): {model_dir}")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=dtype, local_files_only=True)
    return model.eval(), tokenizer


def save_model(out_dir: str | Path, model, tokenizer, train_log: dict, checkpointing=None,
               merge_lora: bool = False) -> None:
    """Write a loadable model folder atomically (weights, tokenizer, `train_log.json`; with `merge_lora`, the
    peft adapter in `adapter/` and its merged weights as the model), then drop the run's resume checkpoint."""
    with atomic_dir(out_dir) as tmp:
        if merge_lora:
            model.save_pretrained(str(tmp / "adapter"))
            model = model.merge_and_unload()
        model.save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        atomic_write_json(tmp / "train_log.json", train_log)
    if checkpointing:
        checkpointing.clear()


def pad_token_id(tokenizer) -> int:
    """The pad id, or eos for tokenizers without one (padding is masked out either way)."""
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
