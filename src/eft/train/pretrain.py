"""Pretrain the tiny base model from scratch on the tokenized corpus with transformers' Trainer (random windows,
seeded): the same trainer, checkpoints and resume as SFT."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import (
    AutoTokenizer,
    Trainer,
    TrainingArguments,
    default_data_collator,
)

from eft.config.keys import result_part
from eft.errors import EftError
from eft.train.load import seed_everything
from eft.train.runner import finish, train, training_args, work_dir_for
from eft.train.tiny_model import build_tiny_model


def corpus_ids(tokenizer, text: str) -> torch.Tensor:
    """The corpus as one token stream (the backend tokenizer: no length warnings, no special tokens)."""
    return torch.tensor(tokenizer.backend_tokenizer.encode(text, add_special_tokens=False).ids, dtype=torch.long)


class Windows(torch.utils.data.Dataset):
    """`count` random `seq_len` windows of the corpus; the starts come from a generator seeded by `seed`, so the
    data is a function of the seed (the Trainer's seeded sampler then only orders them)."""

    def __init__(self, ids: torch.Tensor, count: int, seq_len: int, seed: int):
        if len(ids) <= seq_len:
            raise EftError(f"corpus has {len(ids)} tokens, fewer than pretrain.seq_len + 1 = {seq_len + 1}")
        self.ids, self.seq_len = ids, seq_len
        self.starts = torch.randint(0, len(ids) - seq_len, (count,), generator=torch.Generator().manual_seed(seed))

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> dict:
        x = self.ids[self.starts[i]:self.starts[i] + self.seq_len]
        return {"input_ids": x, "attention_mask": torch.ones_like(x), "labels": x}


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
    windows = Windows(ids, cfg["steps"] * cfg["batch_size"], cfg["seq_len"], seed)
    model = build_tiny_model(arch, tokenizer, seed)
    # "models.<id>.pretrain" names this section in eft.config.keys (any id): its operational keys stay out.
    work = work_dir_for(out_dir, work_dir, cfg.get("checkpoint_interval"),
                        {"model": {**model_cfg, "pretrain": result_part("models.base.pretrain", cfg)}, "seed": seed},
                        tokenizer_dir, corpus_path)
    # The tiny model trains in fp32 everywhere: it is small, and fp32 keeps CPU and GPU runs comparable.
    args = training_args(TrainingArguments, {"precision": "fp32"}, seed, work, lr=cfg["lr"],
                         batch_size=cfg["batch_size"], grad_accum=1, warmup=cfg["warmup"], max_steps=cfg["steps"])
    trainer = Trainer(model=model, args=args, train_dataset=windows, data_collator=default_data_collator,
                      processing_class=tokenizer)
    result = train(trainer, work)
    result |= {"corpus_tokens": len(ids), "n_params": sum(p.numel() for p in model.parameters())}
    finish(trainer, work, out_dir, tokenizer, result, merge_lora=False, base_dir=out_dir)
    return result
