"""Test cases for ahc058_production: `case_NN.txt`, each the exact stdin of one case.

Every case has L = 4 levels and T = 500 turns; N (6..10) production lines with apple yields A_j in 1..100.
Upgrading level i of line j costs C[i][j] * (power + 1) with C[i][j] = A_j * 3000^i * U(1, 4), so each level
costs thousands of times the one below it while building a whole machine of that level per turn: the deeper
levels pay off enormously, but only if saved for and bought early enough, which makes the plan long-horizon
(on these cases a greedy that weighs each upgrade by its own return until the end, proofs/better_greedy.cpp,
earns about 1e10 in total; the same greedy biased towards deep levels earns thousands of times more, and
stays far below 2^63 per case).
The player starts with K = the cheapest level-0 upgrade, so the first purchase is possible at once.
"""
from __future__ import annotations

import random
from pathlib import Path

CASES = 25
LEVELS = 4
TURNS = 500
LINES = (6, 10)
YIELD = (1, 100)
LEVEL_FACTOR = 3000  # C[i][j] grows by this factor per level
SPREAD = (1.0, 4.0)  # the random part of each cost


def case_text(rng: random.Random) -> str:
    n = rng.randint(*LINES)
    yields = [rng.randint(*YIELD) for _ in range(n)]
    costs = [[round(yields[j] * LEVEL_FACTOR ** i * rng.uniform(*SPREAD)) for j in range(n)] for i in range(LEVELS)]
    start = min(costs[0])
    rows = [f"{n} {LEVELS} {TURNS} {start}", " ".join(map(str, yields))] + [" ".join(map(str, row)) for row in costs]
    return "\n".join(rows) + "\n"


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(CASES):
        (out_dir / f"case_{index:02d}.txt").write_text(case_text(rng), encoding="utf-8")
