"""Supervised fine-tuning on curated trajectories (docs/PAPER.md#training-recipe): LoRA by default, or full.

A LoRA run saves the adapter in `<out>/adapter/` and merges it into the weights saved at `<out>/`, so
every SFT output is a plain model folder that `load_model` (and the search operator) can use directly.
"""
from __future__ import annotations

import math
from pathlib import Path

from eft.config.keys import result_part
from eft.errors import EftError
from eft.train.data import (
    batches_per_epoch,
    build_examples,
    load_trajectories,
    sft_batches,
)
from eft.train.load import load_model, pad_token_id, save_model
from eft.train.loop import (
    checkpointing_for,
    default_device,
    seed_everything,
    train_loop,
)


def _with_lora(model, lora_cfg: dict):
    """Wrap `model` (loaded from its folder, so the adapter records a base path) in a peft LoRA model."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=lora_cfg["r"], lora_alpha=lora_cfg["alpha"], lora_dropout=lora_cfg["dropout"],
                        target_modules=list(lora_cfg["target_modules"]), task_type="CAUSAL_LM")
    return get_peft_model(model, config)


def sft(train_cfg: dict, seed: int, base_dir: Path, data_path: Path, out_dir: Path,
        work_dir: Path | None = None) -> dict:
    """Fine-tune the model in `base_dir` on the `train.labels` rows of `data_path`; write `out_dir`.
    With `train.checkpoint_interval`, checkpoints go to `work_dir` and a rerun resumes."""
    chats = load_trajectories(data_path, train_cfg["labels"], train_cfg.get("target", "answer"))
    seed_everything(seed)
    model, tokenizer = load_model(base_dir)
    examples, dropped = build_examples(tokenizer, chats, train_cfg["max_seq_len"])
    if not examples:
        raise EftError(f"{data_path}: all {dropped} trajectories exceed train.max_seq_len={train_cfg['max_seq_len']}")
    if train_cfg["method"] == "lora":
        model = _with_lora(model, train_cfg["lora"])
    model.to(default_device())
    micro_batches = batches_per_epoch(len(examples), train_cfg["batch_size"]) * train_cfg["epochs"]
    steps = math.ceil(micro_batches / train_cfg["grad_accum"])
    batches = sft_batches(examples, train_cfg["batch_size"], pad_token_id(tokenizer), seed)
    checkpointing = checkpointing_for(out_dir, work_dir, train_cfg.get("checkpoint_interval"),
                                      {"train": result_part("train", train_cfg), "seed": seed}, base_dir, data_path)
    result = train_loop(model, batches, steps=steps, lr=train_cfg["lr"], warmup=round(train_cfg["warmup_ratio"] * steps),
                        grad_accum=train_cfg["grad_accum"], checkpointing=checkpointing)
    result |= {
        "method": train_cfg["method"], "labels": list(train_cfg["labels"]), "rows": len(chats),
        "examples": len(examples), "dropped_too_long": dropped, "max_seq_len": train_cfg["max_seq_len"],
        "trainable_params": sum(p.numel() for p in model.parameters() if p.requires_grad),
        "base": str(Path(base_dir).resolve()),
    }
    save_model(out_dir, model, tokenizer, result, checkpointing, merge_lora=train_cfg["method"] == "lora")
    return result
