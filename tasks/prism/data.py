"""PRISM test cases: LLMs to place on 80 GB GPUs, many small clusters.

Each case has g GPUs (5..9) and 2g models. A model has a size in GB (an int in 10..29) and a request rate,
its SLO-weighted rate req/slo with req an int in 1..9 and slo an int in 5..9. These are the ranges of the
public PRISM benchmark the paper's numbers come from (50 cases, 2 models per GPU); the draws are our own.
Two models of at most 29 GB always fit on one GPU, so every case has a valid placement.

File: `cases.json`, a list of {"num_gpus": g, "models": [{"size": int, "rate": float}, ...]}.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

CASES = 50
GPUS = (5, 9)
SIZE_GB = (10, 29)
REQUESTS = (1, 9)
SLO = (5, 9)


def make_case(rng: random.Random) -> dict:
    gpus = rng.randint(*GPUS)
    models = [{"size": rng.randint(*SIZE_GB), "rate": rng.randint(*REQUESTS) / rng.randint(*SLO)}
              for _ in range(2 * gpus)]
    return {"num_gpus": gpus, "models": models}


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    cases = [make_case(rng) for _ in range(CASES)]
    (out_dir / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
