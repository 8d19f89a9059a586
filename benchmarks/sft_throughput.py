"""Claim: SFT and KTO on trl run at a measured tokens/s and MFU; on CPU the trl path is compared with the old
hand-written loop on the same data and settings in the same run.

Each training runs in its own process through the CLI (so its peak memory is its own): SFT, then KTO on the SFT
output, and with --compare-rev REV the SFT of the repository at REV (src/eft extracted read-only with
`git archive` into a temp dir, run with that tree first on PYTHONPATH). tokens/s counts the non-pad tokens of the
trained sequences (prompt included) over the training wall time; MFU = 6 * params * tokens/s / peak FLOP/s
(--peak-flops, else the card's bf16 peak from eft.train.runner.PEAK_BF16_FLOPS; n/a on CPU). KTO's MFU uses the
same 6 * params, although a KTO step also runs the reference model and the KL pass (about twice the FLOPs).

usage: python benchmarks/sft_throughput.py [--model DIR] [--rows 24] [--compare-rev f26acc4] [--out FILE]
  without --model, a tiny model (conf tiny arch, untrained weights: throughput only) is built first.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pandas as pd
import yaml

from eft.paths import CONF_DIR, REPO_ROOT
from eft.train.runner import device_name, known_peak_flops, mfu


def tiny_arch() -> dict:
    """The default tiny base's arch (conf/models/tiny.yaml, keyed by model id; older layout conf/model/tiny.yaml)."""
    for rel in ("models/tiny.yaml", "model/tiny.yaml"):
        if (CONF_DIR / rel).is_file():
            conf = yaml.safe_load((CONF_DIR / rel).read_text())
            return conf["arch"] if "arch" in conf else next(m["arch"] for m in conf.values() if "arch" in m)
    raise SystemExit("no tiny model config under conf/")


def build_tiny(root: Path, corpus: str) -> Path:
    from eft.train.load import save_model
    from eft.train.tiny_model import build_tiny_model
    from eft.train.tokenizer import train_tokenizer

    tokenizer = train_tokenizer(corpus, 4096)
    save_model(root / "tiny", build_tiny_model(tiny_arch(), tokenizer, 0), tokenizer, {})
    return root / "tiny"


def curated(path: Path, corpus: str, rows: int) -> Path:
    """`rows` trajectories of realistic size (~2.5 kB prompt, ~1 kB response) cut from stdlib source; two in
    three improved, the rest regressed (KTO's undesirable rows)."""
    chats = [[{"role": "system", "content": "You improve programs."},
              {"role": "user", "content": corpus[i * 4000:i * 4000 + 2500]},
              {"role": "assistant", "content": corpus[i * 4000 + 2500:i * 4000 + 3500]}] for i in range(rows)]
    labels = ["regressed" if i % 3 == 2 else "improved" for i in range(rows)]
    pd.DataFrame({"trajectory": chats, "improvement_label": labels, "task": ["bench"] * rows}).to_parquet(path)
    return path


def run(step: str, cfg: dict, base: Path, data: Path, out: Path, pythonpath: Path | None = None) -> dict:
    """The train log of one CLI run in a child process, with the child's peak RSS (`rss_bytes`, from wait4)."""
    env = {**os.environ, **({"PYTHONPATH": str(pythonpath)} if pythonpath else {})}
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "eft.cli", "train", step, "--cfg",
                                 json.dumps({"train": cfg, "seed": 0}), "--base", str(base), "--data", str(data),
                                 "--out", str(out)], stdout=subprocess.DEVNULL, stderr=err, env=env,
                                cwd=pythonpath.parent if pythonpath else None)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            lines = err.read().decode(errors="replace").strip().splitlines()
            raise SystemExit(f"{step} failed: {lines[-1] if lines else proc.returncode}")
    return {**json.loads((out / "train_log.json").read_text()), "rss_bytes": usage.ru_maxrss * 1024}


def row(name: str, log: dict, peak: float | None) -> dict:
    n_params = log.get("n_params") or log.get("trainable_params")
    return {"run": name, "examples": log["examples"], "tokens": log["tokens"], "wall_s": round(log["wall_s"], 2),
            "tokens_per_s": round(log["tokens_per_s"], 1),
            "mfu": None if peak is None or not n_params else round(mfu(n_params, log["tokens_per_s"], peak), 4),
            "peak_memory_mib": round((log["peak_memory_bytes"] if log.get("peak_memory_kind") == "cuda_allocated"
                                      else log["rss_bytes"]) / 2**20)}


def old_tree(rev: str, dest: Path) -> Path:
    """src/ of the repository at `rev`, extracted read-only (git archive | tar)."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev, "src"], cwd=REPO_ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a local model folder (default: a tiny model built here)")
    parser.add_argument("--rows", type=int, default=24, help="trajectories in the synthetic data set")
    parser.add_argument("--method", default="lora", choices=["lora", "full"])
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--packing", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--gradient-checkpointing", action="store_true")
    parser.add_argument("--peak-flops", type=float, help="peak FLOP/s for MFU (default: table by device name)")
    parser.add_argument("--compare-rev", help="also run the SFT of this git revision (e.g. f26acc4) on the same data")
    parser.add_argument("--out", type=Path, help="write the table as JSON here")
    args = parser.parse_args()

    from eft.train.corpus import build_corpus

    corpus = build_corpus([], 4000 * args.rows + 200_000)
    train_cfg = yaml.safe_load((CONF_DIR / "train" / f"{args.method}.yaml").read_text())
    train_cfg |= {"epochs": args.epochs, "batch_size": args.batch_size, "grad_accum": 1, "max_seq_len": 4096,
                  "packing": args.packing, "gradient_checkpointing": args.gradient_checkpointing,
                  "warmup_ratio": 0.0}
    train_cfg["kto"] |= {"batch_size": max(2, args.batch_size), "grad_accum": 1, "epochs": args.epochs}
    peak = args.peak_flops or known_peak_flops(device_name())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = args.model or build_tiny(root, corpus)
        data = curated(root / "curated.parquet", corpus, args.rows)
        table = [row("sft (trl)", sft_log := run("sft", train_cfg, base, data, root / "sft"), peak)]
        table.append(row("kto (trl)", run("kto", train_cfg, root / "sft", data, root / "kto"), peak))
        if args.compare_rev:
            old = old_tree(args.compare_rev, root / "old")
            table.append(row(f"sft (loop @ {args.compare_rev})",
                             run("sft", train_cfg, base, data, root / "sft_old", pythonpath=old), peak))
    print(f"device: {device_name()}, model: {args.model or 'tiny (conf arch)'}, n_params: {sft_log['n_params']}, "
          f"method: {args.method}, packing: {args.packing}, precision: {sft_log['precision']}, "
          f"peak FLOP/s: {peak or 'n/a'}")
    print("| run | examples | tokens | wall s | tokens/s | MFU | peak MiB (GPU: allocated, CPU: process RSS) |\n|---|---|---|---|---|---|---|")
    for r in table:
        share = "n/a" if r["mfu"] is None else f"{100 * r['mfu']:.1f} %"
        print(f"| {r['run']} | {r['examples']} | {r['tokens']} | {r['wall_s']} | {r['tokens_per_s']} | {share} | "
              f"{r['peak_memory_mib']} |")
    if args.out:
        args.out.write_text(json.dumps({"device": device_name(), "rows": table}, indent=2))


if __name__ == "__main__":
    main()
