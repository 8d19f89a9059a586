"""Load a model folder (and optionally a LoRA adapter) from local directories only."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from eft.errors import EftError


def load_model(model_dir: str | Path, adapter_dir: str | Path | None = None, dtype: torch.dtype = torch.float32):
    """(model, tokenizer) from `model_dir`; with `adapter_dir`, the peft adapter applied on top of it."""
    model_dir = Path(model_dir).resolve()
    if not (model_dir / "config.json").is_file():
        raise EftError(f"not a model folder (no config.json): {model_dir}")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=dtype, local_files_only=True)
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(Path(adapter_dir).resolve()))
    return model.eval(), tokenizer


def pad_token_id(tokenizer) -> int:
    """The pad id, or eos for tokenizers without one (padding is masked out either way)."""
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
