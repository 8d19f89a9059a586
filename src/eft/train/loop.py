"""The one training loop shared by pretraining and SFT: AdamW, warmup + cosine decay, grad accumulation.

Everything that makes two runs differ is pinned here: the seed, deterministic kernels, and the order of
batches (which the caller derives from the seed), so the same data + config + seed gives the same weights.
"""
from __future__ import annotations

import random
import time
from typing import Iterable, Iterator

import numpy as np
import torch
from transformers import get_cosine_schedule_with_warmup


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def default_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def train_loop(model: torch.nn.Module, batches: Iterable[dict], steps: int, lr: float, warmup: int,
               grad_accum: int = 1, max_grad_norm: float = 1.0) -> dict:
    """Run `steps` optimizer steps of `grad_accum` micro-batches each; return the per-step log.

    A batch is a dict of `input_ids`, `attention_mask`, `labels` (-100 = no loss); tokens/s counts
    every attended token, i.e. the work done, not just the supervised tokens.
    """
    device = next(model.parameters()).device
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    schedule = get_cosine_schedule_with_warmup(optimizer, warmup, max(steps, 1))
    batch_iter: Iterator[dict] = iter(batches)
    model.train()
    log, total_tokens, start = [], 0, time.perf_counter()
    for step in range(steps):
        loss_sum, tokens, step_start = 0.0, 0, time.perf_counter()
        for _ in range(grad_accum):
            batch = {k: v.to(device) for k, v in next(batch_iter).items()}
            loss = model(**batch).loss / grad_accum
            loss.backward()
            loss_sum += loss.item()
            tokens += int(batch["attention_mask"].sum())
        torch.nn.utils.clip_grad_norm_(params, max_grad_norm)
        current_lr = schedule.get_last_lr()[0]
        optimizer.step()
        schedule.step()
        optimizer.zero_grad(set_to_none=True)
        total_tokens += tokens
        log.append({"step": step + 1, "loss": loss_sum, "lr": current_lr, "tokens": tokens,
                    "seconds": time.perf_counter() - step_start})
    wall = time.perf_counter() - start
    model.eval()
    return {"steps": log, "tokens": total_tokens, "wall_s": wall,
            "tokens_per_s": total_tokens / wall if wall > 0 else 0.0}
