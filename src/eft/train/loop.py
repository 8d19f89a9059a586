"""The one training loop shared by pretraining and SFT: AdamW, warmup + cosine decay, grad accumulation,
periodic checkpoints and resume.

Everything that makes two runs differ is pinned here: the seed, deterministic kernels, and the order of
batches (which the caller derives from the seed), so the same data + config + seed gives the same weights.
A checkpoint holds the trainable weights, optimizer, schedule, RNG states, step and log; a resumed run
replays the batch stream up to that step and so ends with the same weights as an uninterrupted one.
"""
from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers import get_cosine_schedule_with_warmup

from eft.errors import EftError
from eft.io import atomic_path, fingerprint


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def default_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


@dataclass(frozen=True)
class Checkpointing:
    """Save every `interval` steps to `work_dir/checkpoint.pt` (atomically, latest only). A checkpoint
    is resumed only if its `identity` (config and input fingerprint) equals this run's."""
    work_dir: Path
    interval: int
    identity: dict[str, Any]

    @property
    def path(self) -> Path:
        return Path(self.work_dir) / "checkpoint.pt"

    def _key(self) -> str:
        return json.dumps(self.identity, sort_keys=True)

    def load(self) -> dict[str, Any] | None:
        if not self.path.is_file():
            return None
        state = torch.load(self.path, map_location="cpu", weights_only=False)  # written by save() below
        return state if state.get("identity") == self._key() else None

    def save(self, state: dict[str, Any]) -> None:
        with atomic_path(self.path) as tmp:
            torch.save({**state, "identity": self._key()}, tmp)

    def clear(self) -> None:
        shutil.rmtree(self.work_dir, ignore_errors=True)


def checkpointing_for(out_dir: Path, work_dir: Path | None, interval: int | None, config: dict[str, Any],
                      *inputs: Path) -> Checkpointing | None:
    """Checkpoints of the run writing `out_dir`, in `work_dir` (default `<out_dir>.work`), tied to `config`
    and the inputs' fingerprint; None when `interval` is unset or 0."""
    if not interval:
        return None
    return Checkpointing(Path(work_dir or f"{out_dir}.work"), interval,
                         {"config": config, "inputs": fingerprint(*inputs)})


def _rng_state() -> dict[str, Any]:
    return {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state(),
            "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else []}


def _set_rng_state(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if state["cuda"]:
        torch.cuda.set_rng_state_all(state["cuda"])


def _restore(model: torch.nn.Module, optimizer, schedule, state: dict[str, Any]) -> None:
    unexpected = model.load_state_dict(state["model"], strict=False).unexpected_keys
    if unexpected:
        raise EftError(f"checkpoint holds weights the model lacks: {unexpected[0]}")
    optimizer.load_state_dict(state["optimizer"])
    schedule.load_state_dict(state["schedule"])
    _set_rng_state(state["rng"])


def train_loop(model: torch.nn.Module, batches: Iterable[dict], steps: int, lr: float, warmup: int,
               grad_accum: int = 1, max_grad_norm: float = 1.0, checkpointing: Checkpointing | None = None) -> dict:
    """Run `steps` optimizer steps of `grad_accum` micro-batches each (from the latest matching
    checkpoint on); return the per-step log.

    A batch is a dict of `input_ids`, `attention_mask`, `labels` (-100 = no loss); tokens/s counts
    every attended token, i.e. the work done, not just the supervised tokens.
    """
    device = next(model.parameters()).device
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    schedule = get_cosine_schedule_with_warmup(optimizer, warmup, max(steps, 1))
    batch_iter: Iterator[dict] = iter(batches)
    log, total_tokens, done, wall_before = [], 0, 0, 0.0
    state = checkpointing.load() if checkpointing else None
    if state is not None:
        _restore(model, optimizer, schedule, state)
        log, total_tokens, done, wall_before = state["log"], state["tokens"], state["step"], state["wall_s"]
        for _ in range(done * grad_accum):  # the batch stream is a function of the seed: replay it
            next(batch_iter)
    model.train()
    start = time.perf_counter()
    for step in range(done, steps):
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
        if checkpointing and (step + 1) % checkpointing.interval == 0 and step + 1 < steps:
            weights = {n: p.detach() for n, p in model.named_parameters() if p.requires_grad}
            checkpointing.save({"step": step + 1, "log": log, "tokens": total_tokens, "model": weights,
                                "wall_s": wall_before + time.perf_counter() - start,
                                "optimizer": optimizer.state_dict(), "schedule": schedule.state_dict(),
                                "rng": _rng_state()})
    wall = wall_before + time.perf_counter() - start
    model.eval()
    return {"steps": log, "tokens": total_tokens, "wall_s": wall,
            "tokens_per_s": total_tokens / wall if wall > 0 else 0.0,
            "resumed_from_step": done}
