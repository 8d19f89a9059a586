"""`eft train tokenizer|pretrain|sft|kto|launcher`: the model-building steps the workflow rules call.

`--cfg` is a JSON string of the values the result depends on: for tokenizer/pretrain the resolved `model`
section plus "seed", for sft and kto {"train": <train section>, "seed": int}. `--ops FILE --ops-key K` holds the
operational `checkpoint_interval` (`eft.config.keys.job_settings`): pretrain, sft and kto checkpoint to `--work-dir`
(default `<out>.work`) every that many steps; a rerun with the same config and inputs resumes there, whatever the
interval. `launcher` prints the command prefix a rule puts before `train sft|kto ...` for its GPU count
(`accelerate launch` for more than one GPU).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eft.cfg_arg import cfg_object, ops_object


def _tokenizer(args, cfg: dict) -> None:
    from eft.io import atomic_dir, atomic_write_text
    from eft.train.corpus import build_corpus
    from eft.train.tokenizer import train_tokenizer

    text = build_corpus(args.task_programs, cfg["tokenizer"]["corpus_max_bytes"])
    tokenizer = train_tokenizer(text, cfg["tokenizer"]["vocab_size"])
    atomic_write_text(args.corpus_out, text)
    with atomic_dir(args.out) as tmp:
        tokenizer.save_pretrained(str(tmp))


def _pretrain(args, cfg: dict) -> None:
    from eft.train.pretrain import pretrain

    log = pretrain(cfg, cfg["seed"], Path(args.tokenizer), Path(args.corpus), Path(args.out), args.work_dir)
    print(f"pretrain: {log['steps'][-1]['loss'] if log['steps'] else float('nan'):.4f} final loss, "
          f"{log['tokens_per_s']:.0f} tokens/s")


def _sft(args, cfg: dict) -> None:
    from eft.train.sft import sft

    log = sft(cfg["train"], cfg["seed"], Path(args.base), Path(args.data), Path(args.out), args.work_dir)
    print(f"sft: {log['examples']} examples ({log['dropped_too_long']} dropped as too long), "
          f"{log['tokens_per_s']:.0f} tokens/s")


def _kto(args, cfg: dict) -> None:
    from eft.train.kto import kto

    log = kto(cfg["train"], cfg["seed"], Path(args.base), Path(args.data), Path(args.out), args.work_dir)
    print(f"kto: {log['desirable']} desirable + {log['undesirable']} undesirable examples "
          f"({log['dropped_too_long']} dropped as too long), {log['tokens_per_s']:.0f} tokens/s")


def _launcher(args) -> None:
    import shlex

    from eft.train.launch import launch_command

    accelerate = None if args.accelerate.lower() in ("", "null", "none") else args.accelerate
    print(shlex.join(launch_command(args.gpus, accelerate)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft train")
    sub = parser.add_subparsers(dest="step", required=True)
    tok = sub.add_parser("tokenizer", help="build the corpus and train the byte-level BPE tokenizer")
    tok.add_argument("--task-programs", nargs="*", default=[], help="training tasks' initial programs")
    tok.add_argument("--corpus-out", required=True)
    pre = sub.add_parser("pretrain", help="pretrain the tiny base model from scratch")
    pre.add_argument("--tokenizer", required=True)
    pre.add_argument("--corpus", required=True)
    ft = sub.add_parser("sft", help="fine-tune a local model on curated trajectories")
    kt = sub.add_parser("kto", help="KTO on top of an SFT model: improved rows desirable, regressed undesirable")
    for p in (ft, kt):
        p.add_argument("--base", required=True, help="the model folder to start from")
        p.add_argument("--data", required=True)
    for p in (tok, pre, ft, kt):
        p.add_argument("--cfg", required=True, help="JSON string of the config sections this step uses")
        p.add_argument("--out", required=True, help="output folder (written atomically)")
    for p in (pre, ft, kt):
        p.add_argument("--work-dir", type=Path, help="checkpoints (not an output; default <out>.work)")
        p.add_argument("--ops", help="operational settings file (JSON): checkpoint_interval under --ops-key")
        p.add_argument("--ops-key", help="default: the workflow rule of the step (base_pretrain, finetune, "
                                         "finetune_kto)")
    la = sub.add_parser("launcher", help="print the command prefix for a training job on N GPUs")
    la.add_argument("--gpus", type=int, required=True, help="the job's GPU count")
    la.add_argument("--accelerate", default="null", help="train.accelerate: null, fsdp or deepspeed_zero3")
    args = parser.parse_args(argv)
    if args.step == "launcher":
        _launcher(args)
        return 0
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # per-shard bars would flood the workflow logs
    from datasets.utils.logging import disable_progress_bar

    disable_progress_bar()  # and so would trl's per-map dataset bars
    cfg = cfg_object(args.cfg, ("seed",))
    rule = {"pretrain": "base_pretrain", "sft": "finetune", "kto": "finetune_kto"}.get(args.step, "")
    ops = ops_object(getattr(args, "ops", None), getattr(args, "ops_key", None) or rule)
    if args.step == "pretrain":
        cfg["pretrain"] = {**cfg.get("pretrain", {}), **ops}
    elif args.step in ("sft", "kto"):
        cfg["train"] = {**cfg.get("train", {}), **ops}
    {"tokenizer": _tokenizer, "pretrain": _pretrain, "sft": _sft, "kto": _kto}[args.step](args, cfg)
    return 0
