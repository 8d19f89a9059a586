"""Deterministic transaction workloads: short read/write transactions over a skewed (hot-key) key space.

Each transaction is a list of [op, key] pairs with op "r" or "w"; skewed keys make conflicts frequent, so
the order in which conflicting transactions are serialized decides the makespan.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

WORKLOADS = ((150, 60), (200, 80), (250, 120))  # (transactions, keys)
WRITE_PROBABILITY = 0.2
KEY_SKEW = 0.6  # Zipf exponent of key popularity


def make_workload(rng: random.Random, n_txns: int, n_keys: int) -> list[list[list]]:
    popularity = [1.0 / (rank + 1) ** KEY_SKEW for rank in range(n_keys)]
    keys = list(range(n_keys))
    rng.shuffle(keys)
    workload = []
    for _ in range(n_txns):
        length = rng.randint(2, 10)
        ops = []
        for key in rng.choices(keys, weights=popularity, k=length):
            ops.append(["w" if rng.random() < WRITE_PROBABILITY else "r", key])
        workload.append(ops)
    return workload


def build(seed: int) -> list[list[list[list]]]:
    rng = random.Random(seed)
    return [make_workload(rng, n, k) for n, k in WORKLOADS]


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "workloads.json").write_text(json.dumps(build(seed)), encoding="utf-8")
