"""Supervised fine-tuning on curated trajectories (docs/PAPER.md#training-recipe) with trl's SFTTrainer: LoRA by
default, or full; the loss is on the assistant turn only.

A LoRA run saves the adapter in `<out>/adapter/` and merges it into the weights saved at `<out>/`, so
every SFT output is a plain model folder that `load_model` (and the search operator) can use directly.
`train.packing` trains padding-free: the examples of a micro-batch are concatenated into one row, with position
ids restarting per example so attention and loss stay inside each (trl's `padding_free`); trl's packing into
fixed-length rows is not used, because it would change what `batch_size` counts (rows, not examples).
"""
from __future__ import annotations

from pathlib import Path

from eft.config.keys import result_part
from eft.errors import EftError
from eft.train.data import build_examples, load_trajectories, sft_dataset
from eft.train.load import load_model, seed_everything
from eft.train.runner import finish, model_mfu, train, training_args, work_dir_for


def with_lora(model, lora_cfg: dict):
    """Wrap `model` (loaded from its folder, so the adapter records a base path) in a peft LoRA model."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=lora_cfg["r"], lora_alpha=lora_cfg["alpha"], lora_dropout=lora_cfg["dropout"],
                        target_modules=list(lora_cfg["target_modules"]), task_type="CAUSAL_LM")
    return get_peft_model(model, config)


def sft(train_cfg: dict, seed: int, base_dir: Path, data_path: Path, out_dir: Path,
        work_dir: Path | None = None) -> dict:
    """Fine-tune the model in `base_dir` on the `train.labels` (and `train.tasks`) rows of `data_path`; write
    `out_dir`. With `train.checkpoint_interval`, checkpoints go to `work_dir` and a rerun resumes."""
    from trl import SFTConfig, SFTTrainer

    chats = load_trajectories(data_path, train_cfg["labels"], train_cfg["target"], train_cfg.get("tasks"))
    seed_everything(seed)
    model, tokenizer = load_model(base_dir, attn_implementation=train_cfg["attn_implementation"])
    examples, dropped = build_examples(tokenizer, chats, train_cfg["max_seq_len"])
    if not examples:
        raise EftError(f"{data_path}: all {dropped} trajectories exceed train.max_seq_len={train_cfg['max_seq_len']}")
    if train_cfg["method"] == "lora":
        model = with_lora(model, train_cfg["lora"])
    work = work_dir_for(out_dir, work_dir, train_cfg.get("checkpoint_interval"),
                        {"train": result_part("train", train_cfg), "seed": seed}, base_dir, data_path)
    args = training_args(SFTConfig, train_cfg, seed, work, lr=train_cfg["lr"], batch_size=train_cfg["batch_size"],
                         grad_accum=train_cfg["grad_accum"], warmup=train_cfg["warmup_ratio"],
                         epochs=train_cfg["epochs"], max_length=None, packing=False,
                         padding_free=bool(train_cfg["packing"]), completion_only_loss=True)
    trainer = SFTTrainer(model=model, args=args, train_dataset=sft_dataset(examples), processing_class=tokenizer)
    result = train(trainer, work)
    n_params = sum(p.numel() for p in model.parameters())
    result |= {
        "method": train_cfg["method"], "labels": list(train_cfg["labels"]), "tasks": train_cfg.get("tasks"),
        "rows": len(chats), "examples": len(examples), "dropped_too_long": dropped,
        "max_seq_len": train_cfg["max_seq_len"], "packing": bool(train_cfg["packing"]),
        "trainable_params": sum(p.numel() for p in model.parameters() if p.requires_grad), "n_params": n_params,
        "base": str(Path(base_dir).resolve()),
    }
    result["mfu"] = model_mfu(result, n_params)
    finish(trainer, work, out_dir, tokenizer, result, train_cfg["method"] == "lora", base_dir)
    return result
