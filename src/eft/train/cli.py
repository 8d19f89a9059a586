"""`eft train tokenizer|pretrain|sft`: the model-building steps the workflow rules call.

`--cfg` is a JSON string of the values the result depends on: for tokenizer/pretrain the resolved `model`
section plus "seed", for sft {"train": <train section>, "seed": int}. `--ops FILE --ops-key K` holds the operational
`checkpoint_interval` (`eft.config.keys.job_settings`): pretrain and sft checkpoint to `--work-dir` (default `<out>.work`) every that many steps;
a rerun with the same config and inputs resumes there, whatever the interval.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eft.cfg_arg import cfg_object, ops_object  # noqa: E402 - after the offline switch, like the lazy imports below


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
    ft.add_argument("--base", required=True)
    ft.add_argument("--data", required=True)
    for p in (tok, pre, ft):
        p.add_argument("--cfg", required=True, help="JSON string of the config sections this step uses")
        p.add_argument("--out", required=True, help="output folder (written atomically)")
    for p in (pre, ft):
        p.add_argument("--work-dir", type=Path, help="checkpoints (not an output; default <out>.work)")
        p.add_argument("--ops", help="operational settings file (JSON): checkpoint_interval under --ops-key")
        p.add_argument("--ops-key", help="default: the workflow rule of the step (base_pretrain, finetune)")
    args = parser.parse_args(argv)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # per-shard bars would flood the workflow logs
    cfg = cfg_object(args.cfg, ("seed",))
    rule = {"pretrain": "base_pretrain", "sft": "finetune"}.get(args.step, "")
    ops = ops_object(getattr(args, "ops", None), getattr(args, "ops_key", None) or rule)
    if args.step == "pretrain":
        cfg["pretrain"] = {**cfg.get("pretrain", {}), **ops}
    elif args.step == "sft":
        cfg["train"] = {**cfg.get("train", {}), **ops}
    {"tokenizer": _tokenizer, "pretrain": _pretrain, "sft": _sft}[args.step](args, cfg)
    return 0
