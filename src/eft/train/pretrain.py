"""Pretrain the tiny base model from scratch on the tokenized corpus (random windows, seeded)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import torch
from transformers import AutoTokenizer

from eft.config.keys import result_part
from eft.errors import EftError
from eft.train.load import save_model
from eft.train.loop import (
    checkpointing_for,
    default_device,
    seed_everything,
    train_loop,
)
from eft.train.tiny_model import build_tiny_model


def corpus_ids(tokenizer, text: str) -> torch.Tensor:
    """The corpus as one token stream (the backend tokenizer: no length warnings, no special tokens)."""
    return torch.tensor(tokenizer.backend_tokenizer.encode(text, add_special_tokens=False).ids, dtype=torch.long)


def window_batches(ids: torch.Tensor, batch_size: int, seq_len: int, seed: int) -> Iterator[dict]:
    """Endless batches of random `seq_len` windows; the window starts come from a generator seeded by `seed`."""
    if len(ids) <= seq_len:
        raise EftError(f"corpus has {len(ids)} tokens, fewer than pretrain.seq_len + 1 = {seq_len + 1}")
    gen = torch.Generator().manual_seed(seed)
    offsets = torch.arange(seq_len)
    while True:
        starts = torch.randint(0, len(ids) - seq_len, (batch_size, 1), generator=gen)
        x = ids[starts + offsets]
        yield {"input_ids": x, "attention_mask": torch.ones_like(x), "labels": x}


def pretrain(model_cfg: dict, seed: int, tokenizer_dir: Path, corpus_path: Path, out_dir: Path,
             work_dir: Path | None = None) -> dict:
    """Train a fresh model per `model.arch` / `model.pretrain`; save it, the tokenizer and `train_log.json`.
    With `model.pretrain.checkpoint_interval`, checkpoints go to `work_dir` and a rerun resumes."""
    arch, cfg = model_cfg["arch"], model_cfg["pretrain"]
    if cfg["seq_len"] > arch["context"]:
        raise EftError(f"model.pretrain.seq_len {cfg['seq_len']} exceeds model.arch.context {arch['context']}")
    seed_everything(seed)
    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    ids = corpus_ids(tokenizer, Path(corpus_path).read_text(encoding="utf-8"))
    model = build_tiny_model(arch, tokenizer, seed).to(default_device())
    checkpointing = checkpointing_for(out_dir, work_dir, cfg.get("checkpoint_interval"),
                                      {"model": {**model_cfg, "pretrain": result_part("model.pretrain", cfg)},
                                       "seed": seed},
                                      tokenizer_dir, corpus_path)
    result = train_loop(model, window_batches(ids, cfg["batch_size"], cfg["seq_len"], seed),
                        steps=cfg["steps"], lr=cfg["lr"], warmup=cfg["warmup"], checkpointing=checkpointing)
    result |= {"corpus_tokens": len(ids), "n_params": sum(p.numel() for p in model.parameters())}
    save_model(out_dir, model, tokenizer, result, checkpointing)
    return result
