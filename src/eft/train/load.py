"""Load a model folder from a local directory only (fine-tuned adapters are merged before they are saved), and
the process-wide settings every training and generation step shares: device, seeds, precision."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from eft.errors import EftError
from eft.io import atomic_dir, atomic_write_json

PRECISIONS = ("auto", "bf16", "fp32")


def seed_everything(seed: int) -> None:
    """Seed Python, numpy and torch and ask torch for deterministic kernels (warn-only: a kernel without a
    deterministic version must not stop a GPU run)."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def default_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def resolve_precision(precision: str) -> str:
    """`auto` is bf16 on a CUDA device that supports it and fp32 elsewhere (CPU bf16 is slow and only
    approximately reproducible); bf16 and fp32 are taken as asked."""
    if precision not in PRECISIONS:
        raise EftError(f"train.precision is {precision!r}, expected one of {', '.join(PRECISIONS)}")
    if precision == "auto":
        return "bf16" if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else "fp32"
    return precision


def load_model(model_dir: str | Path, dtype: torch.dtype = torch.float32, attn_implementation: str | None = None):
    """(model, tokenizer) from `model_dir`; `attn_implementation` as transformers names it (sdpa, eager,
    flash_attention_2), None = the model's default."""
    model_dir = Path(model_dir).resolve()
    if not (model_dir / "config.json").is_file():
        raise EftError(f"not a model folder (no config.json): {model_dir}")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    extra = {"attn_implementation": attn_implementation} if attn_implementation else {}
    try:
        model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=dtype, local_files_only=True, **extra)
    except (ImportError, ValueError) as exc:
        if not extra:
            raise
        raise EftError(f"train.attn_implementation {attn_implementation!r} is not available for {model_dir.name}: "
                       f"{str(exc).splitlines()[0]}") from None
    return model.eval(), tokenizer


def save_model(out_dir: str | Path, model, tokenizer, train_log: dict, merge_lora: bool = False) -> None:
    """Write a loadable model folder atomically (weights, tokenizer, `train_log.json`; with `merge_lora`, the
    peft adapter in `adapter/` and its merged weights as the model)."""
    with atomic_dir(out_dir) as tmp:
        if merge_lora:
            model.save_pretrained(str(tmp / "adapter"))
            model = model.merge_and_unload()
        model.save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        atomic_write_json(tmp / "train_log.json", train_log)


def pad_token_id(tokenizer) -> int:
    """The pad id, or eos for tokenizers without one (padding is masked out either way)."""
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
