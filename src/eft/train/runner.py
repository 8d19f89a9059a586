"""What pretraining, SFT and KTO share on transformers' Trainer (trl's trainers are Trainers): training arguments
from our config, checkpoints in the work dir that a rerun resumes, the train log, and the final model folder.

Checkpoints are the Trainer's own (`<work>/checkpoint-<step>/`: trainable weights, optimizer, LR schedule, RNG
states, trainer state with the log so far). The Trainer writes them in place, not atomically, so each gets a
`eft_complete` marker once written and only a marked one is resumed; the two latest are kept, so a kill while the
next one is written still leaves a complete one. `<work>/identity.json` ties the dir to the run's result config
and a content fingerprint of its inputs: a work dir of other settings or inputs is cleared, never resumed. A
resumed run restores the RNG states and skips the batches already trained, so it ends with the same weights as an
uninterrupted one.
"""
from __future__ import annotations

import json
import resource
import shutil
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from transformers import TrainerCallback
from transformers.trainer_callback import ExportableState, PrinterCallback

from eft.errors import EftError
from eft.io import atomic_write_text, fingerprint
from eft.train.load import resolve_precision, save_model

COMPLETE = "eft_complete"

# Dense bf16 tensor-core peaks (FLOP/s) from the vendors' data sheets (SXM parts), for MFU in the train log.
PEAK_BF16_FLOPS = {"H200": 989e12, "H100": 989e12, "A100": 312e12, "L40S": 362e12, "A10": 125e12, "L4": 121e12}


@dataclass(frozen=True)
class WorkDir:
    """Checkpoints of the run writing `out_dir`: every `interval` optimizer steps (None or 0: none, no resume)."""
    path: Path
    interval: int | None
    identity: dict[str, Any]

    def prepare(self) -> Path | None:
        """The latest complete checkpoint to resume (None: start afresh); a dir of another run is cleared first.
        The main process decides, the others then read the same answer."""
        from accelerate import PartialState

        state = PartialState()
        key = json.dumps(self.identity, sort_keys=True)
        with state.main_process_first():
            if state.is_main_process:
                marker = self.path / "identity.json"
                if self.path.exists() and not (marker.is_file() and marker.read_text() == key and self.interval):
                    shutil.rmtree(self.path)
                self.path.mkdir(parents=True, exist_ok=True)
                atomic_write_text(marker, key)
        return self.latest() if self.interval else None

    def latest(self) -> Path | None:
        done = [p for p in self.path.glob("checkpoint-*") if (p / COMPLETE).is_file()]
        return max(done, key=checkpoint_step, default=None)

    def clear(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def checkpoint_step(path: Path) -> int:
    return int(path.name.rsplit("-", 1)[1])


def work_dir_for(out_dir: Path, work_dir: Path | None, interval: int | None, config: dict[str, Any],
                 *inputs: Path) -> WorkDir:
    """The work dir of the run writing `out_dir` (default `<out_dir>.work`), tied to `config` and the inputs."""
    return WorkDir(Path(work_dir or f"{out_dir}.work"), interval or None,
                   {"config": config, "inputs": fingerprint(*inputs)})


class MarkComplete(TrainerCallback):
    """Marks a checkpoint complete once the Trainer has written all of it (on_save runs after the save)."""

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            atomic_write_text(Path(args.output_dir) / f"checkpoint-{state.global_step}" / COMPLETE, "")


class Clock(TrainerCallback, ExportableState):
    """Wall time per optimizer step and in total, carried through checkpoints (a resumed run's tokens/s counts
    the time before the kill too, as the work it measures does)."""

    def __init__(self):
        self.seconds: list[float] = []
        self.wall_before = 0.0
        self._start: float | None = None
        self._last: float | None = None

    def _now(self) -> float:
        now = time.perf_counter()
        if self._start is None:
            self._start = self._last = now
        return now

    def on_train_begin(self, args, state, control, **kwargs):
        self._now()

    def on_step_begin(self, args, state, control, **kwargs):
        self._now()

    def on_step_end(self, args, state, control, **kwargs):
        now = self._now()
        self.seconds.append(now - self._last)
        self._last = now

    def wall_s(self) -> float:
        return self.wall_before + (time.perf_counter() - self._start if self._start is not None else 0.0)

    def state(self) -> dict:
        return {"args": {}, "attributes": {"seconds": list(self.seconds), "wall_before": self.wall_s()}}


def training_args(config_cls, train: dict, seed: int, work: WorkDir, *, lr: float, batch_size: int,
                  grad_accum: int, warmup: float, epochs: int = 1, max_steps: int = -1, count_tokens: bool = True,
                  **extra):
    """`config_cls` (TrainingArguments, SFTConfig, KTOConfig) set from our config: AdamW without weight decay,
    linear warmup + cosine decay, gradient clipping at 1, a log entry every step, checkpoints per `work`.
    trl's own defaults (bf16 on, gradient checkpointing on) are overridden, never inherited."""
    precision = resolve_precision(train.get("precision", "auto"))
    cuda = torch.cuda.is_available()
    if precision == "bf16" and cuda and not torch.cuda.is_bf16_supported():
        raise EftError("train.precision is bf16 but this GPU has no bf16 support; use fp32")
    with warnings.catch_warnings():  # trl still reads `gradient_checkpointing`, which transformers 5 renames
        warnings.filterwarnings("ignore", message=".*_checkpointing.*deprecated", category=FutureWarning)
        return _config(config_cls, precision, cuda, train, seed, work, lr=lr, batch_size=batch_size,
                       grad_accum=grad_accum, warmup=warmup, epochs=epochs, max_steps=max_steps,
                       count_tokens=count_tokens, **extra)


def _config(config_cls, precision, cuda, train, seed, work, *, lr, batch_size, grad_accum, warmup, epochs, max_steps,
            count_tokens, **extra):
    return config_cls(
        output_dir=str(work.path), seed=seed, data_seed=seed, num_train_epochs=epochs, max_steps=max_steps,
        learning_rate=lr, lr_scheduler_type="cosine", warmup_steps=warmup, weight_decay=0.0, max_grad_norm=1.0,
        optim="adamw_torch", per_device_train_batch_size=batch_size, gradient_accumulation_steps=grad_accum,
        bf16=precision == "bf16", fp16=False, use_cpu=not cuda,
        gradient_checkpointing=bool(train.get("gradient_checkpointing", False)),
        gradient_checkpointing_kwargs={"use_reentrant": False},
        logging_strategy="steps", logging_steps=1, report_to="none", disable_tqdm=True,
        save_strategy="steps" if work.interval else "no", save_steps=work.interval or 1, save_total_limit=2,
        restore_callback_states_from_checkpoint=True, dataloader_num_workers=0,
        include_num_input_tokens_seen="non_padding" if count_tokens else "no",
        **extra)


def train(trainer, work: WorkDir, tokens_fallback: int | None = None) -> dict:
    """Run `trainer` from the latest complete checkpoint in `work` (if any); the train log of the whole run.

    tokens counts the non-pad tokens of every trained sequence (prompt included: the work done); a trainer
    that cannot count them per step (KTO) passes the total as `tokens_fallback`."""
    resume = work.prepare()
    trainer.remove_callback(PrinterCallback)  # one dict per step on stdout would flood the job logs
    trainer.add_callback(MarkComplete())
    trainer.add_callback(Clock())
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    trainer.train(resume_from_checkpoint=str(resume) if resume else None)
    clock = next(cb for cb in trainer.callback_handler.callbacks if isinstance(cb, Clock))
    wall, steps, seen = clock.wall_s(), [], 0
    for entry in (h for h in trainer.state.log_history if "loss" in h):
        tokens = entry.get("num_input_tokens_seen", seen) - seen
        seen += tokens
        steps.append({"step": entry["step"], "loss": entry["loss"], "lr": entry["learning_rate"],
                      "tokens": tokens if "num_input_tokens_seen" in entry else None})
    for step, seconds in zip(steps, clock.seconds):
        step["seconds"] = seconds
    total = int(trainer.state.num_input_tokens_seen) if trainer.args.include_num_input_tokens_seen != "no" \
        else int(tokens_fallback or 0)
    return {"steps": steps, "tokens": total, "wall_s": wall, "tokens_per_s": total / wall if wall > 0 else 0.0,
            "resumed_from_step": checkpoint_step(resume) if resume else 0, "optimizer_steps": trainer.state.global_step,
            "world_size": trainer.accelerator.num_processes, "precision": "bf16" if trainer.args.bf16 else "fp32",
            "device": device_name(), **peak_memory()}


def device_name() -> str:
    return torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"


def peak_memory() -> dict:
    """Peak memory of this process: CUDA allocations on a GPU, the resident set size on CPU."""
    if torch.cuda.is_available():
        return {"peak_memory_bytes": int(torch.cuda.max_memory_allocated()), "peak_memory_kind": "cuda_allocated"}
    return {"peak_memory_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "peak_memory_kind": "cpu_max_rss"}


def known_peak_flops(name: str) -> float | None:
    """The bf16 peak of a card named like one in PEAK_BF16_FLOPS (longest match first: H200 before H100)."""
    for card in sorted(PEAK_BF16_FLOPS, key=len, reverse=True):
        if card in name.upper():
            return PEAK_BF16_FLOPS[card]
    return None


def mfu(n_params: int, tokens_per_s: float, peak_flops: float | None, world_size: int = 1) -> float | None:
    """Model FLOPs utilisation: 6 * params FLOPs per trained token (forward 2, backward 4; attention's own FLOPs
    left out, as is usual) over the peak of all devices; None without a peak."""
    if not peak_flops:
        return None
    return 6 * n_params * tokens_per_s / (peak_flops * world_size)


def model_mfu(log: dict, n_params: int) -> float | None:
    """MFU for the train log: only for a bf16 run on a card in the table (fp32 has another peak)."""
    if log["precision"] != "bf16":
        return None
    return mfu(n_params, log["tokens_per_s"], known_peak_flops(log["device"]), log["world_size"])


def finish(trainer, work: WorkDir, out_dir: Path, tokenizer, log: dict, merge_lora: bool, base_dir: Path) -> None:
    """Write the output model folder (main process only) and drop the work dir. A sharded run first saves the
    gathered weights (or adapter) through the Trainer and reloads them on the main process."""
    accelerator = trainer.accelerator
    model = accelerator.unwrap_model(trainer.model)
    if accelerator.num_processes > 1:
        final = work.path / "final"
        trainer.save_model(str(final))
        accelerator.wait_for_everyone()
        if accelerator.is_main_process:
            model = _reload(final, base_dir, merge_lora)
    if accelerator.is_main_process:
        save_model(out_dir, model.to("cpu").float(), tokenizer, log, merge_lora=merge_lora)
        work.clear()
    accelerator.wait_for_everyone()


def _reload(final: Path, base_dir: Path, lora: bool):
    from transformers import AutoModelForCausalLM

    if not lora:
        return AutoModelForCausalLM.from_pretrained(str(final), local_files_only=True)
    from peft import PeftModel

    base = AutoModelForCausalLM.from_pretrained(str(base_dir), local_files_only=True)
    return PeftModel.from_pretrained(base, str(final))
