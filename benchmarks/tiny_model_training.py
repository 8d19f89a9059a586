"""Claim: the mini-config tiny model (conf/model/tiny.yaml arch) pretrains, fine-tunes and generates fast
enough on CPU for the mini experiment. Measures tokens/s of pretraining, LoRA SFT and generation, each
against a 1-layer model of the same width measured in the same run. Runs in well under a minute.

usage: python benchmarks/tiny_model_training.py
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pandas as pd  # noqa: E402
import torch  # noqa: E402
import yaml  # noqa: E402

from eft.paths import CONF_DIR  # noqa: E402
from eft.train.corpus import build_corpus  # noqa: E402
from eft.train.load import load_model  # noqa: E402
from eft.train.pretrain import pretrain  # noqa: E402
from eft.train.sft import sft  # noqa: E402
from eft.train.tokenizer import train_tokenizer  # noqa: E402

STEPS, NEW_TOKENS = 4, 64


def model_cfg(arch: dict) -> dict:
    return {"tokenizer": {}, "arch": arch,
            "pretrain": {"steps": STEPS, "batch_size": 8, "seq_len": 512, "lr": 3e-3, "warmup": 1}}


def curated(path: Path, corpus: str) -> Path:
    """12 improved trajectories of realistic size (~2.5 kB prompt, ~1 kB response) cut from the corpus."""
    rows = [[{"role": "system", "content": "You improve programs."},
             {"role": "user", "content": corpus[i * 4000:i * 4000 + 2500]},
             {"role": "assistant", "content": corpus[i * 4000 + 2500:i * 4000 + 3500]}] for i in range(12)]
    pd.DataFrame({"trajectory": rows, "improvement_label": ["improved"] * 12}).to_parquet(path)
    return path


def warm_tokens_per_s(log: dict) -> float:
    """Median step tokens/s, first step excluded (one-time allocation costs); the median resists the
    noise of CPUs shared with other jobs."""
    return statistics.median(s["tokens"] / s["seconds"] for s in log["steps"][1:])


def generation_tokens_per_s(model_dir: Path) -> float:
    """Sampled generation (temperature 0.7, top-p 0.95) of exactly NEW_TOKENS tokens: best of 3 after a
    warm-up call."""
    model, tok = load_model(model_dir)
    ids = torch.tensor([tok("def main():\n")["input_ids"]])
    torch.manual_seed(0)
    seconds = []
    for n in (8, NEW_TOKENS, NEW_TOKENS, NEW_TOKENS):
        start = time.perf_counter()
        with torch.no_grad():
            model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True, temperature=0.7, top_p=0.95,
                           max_new_tokens=n, min_new_tokens=n, pad_token_id=tok.pad_token_id)
        seconds.append(time.perf_counter() - start)
    return NEW_TOKENS / min(seconds[1:])


def measure(arch: dict, root: Path, tok_dir: Path, corpus_path: Path, data: Path) -> dict:
    log = pretrain(model_cfg(arch), 0, tok_dir, corpus_path, root / "base")
    train = yaml.safe_load((CONF_DIR / "train" / "lora.yaml").read_text()) | {"epochs": 1}
    sft_log = sft(train, 0, root / "base", data, root / "sft")
    return {"params": log["n_params"], "pretrain": warm_tokens_per_s(log), "sft": warm_tokens_per_s(sft_log),
            "generate": generation_tokens_per_s(root / "sft")}


def main() -> None:
    tiny = yaml.safe_load((CONF_DIR / "model" / "tiny.yaml").read_text())
    baseline_arch = tiny["arch"] | {"num_layers": 1}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = build_corpus([], 300_000)
        (root / "corpus.txt").write_text(corpus, encoding="utf-8")
        train_tokenizer(corpus, tiny["tokenizer"]["vocab_size"]).save_pretrained(str(root / "tok"))
        data = curated(root / "curated.parquet", corpus)
        runs = [("warm-up", baseline_arch), ("tiny (mini config)", tiny["arch"]), ("1-layer baseline", baseline_arch)]
        results = {name: measure(arch, root / name, root / "tok", root / "corpus.txt", data) for name, arch in runs}
        del results["warm-up"]  # the process's first run pays thread-pool and lazy-import start-up costs
    print(f"torch threads: {torch.get_num_threads()}; pretrain {STEPS} steps of 8 x 512 tokens; "
          f"LoRA SFT 3 steps of 4 trajectories (median step, first excluded); generation {NEW_TOKENS} new tokens")
    print(f"{'model':<20} {'params':>10} {'pretrain tok/s':>15} {'SFT tok/s':>10} {'generate tok/s':>15}")
    for name, r in results.items():
        print(f"{name:<20} {r['params']:>10,} {r['pretrain']:>15.0f} {r['sft']:>10.0f} {r['generate']:>15.0f}")
    base, tiny_r = results["1-layer baseline"], results["tiny (mini config)"]
    print("tiny / baseline: " + ", ".join(f"{k} {tiny_r[k] / base[k]:.2f}x" for k in ("pretrain", "sft", "generate")))


if __name__ == "__main__":
    main()
