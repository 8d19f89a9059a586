"""Weighted MAX-SAT test cases, each with a baseline and a strong reference satisfied weight.

Kinds (params `kind`): `k3`/`k2`/`k4` uniform random k-CNF (k distinct variables per clause, random signs,
weights 1..100) at `ratio` = clauses / variables; `mixed`, clause lengths drawn from 1..5 (short clauses are
the hard-to-satisfy ones); `partial`, heavy random 3-clauses (weight 500..1000, the "hard" part) plus a
light unit clause (weight 1..20) on every variable pulling it towards a random value, so the search has to
trade many small preferences against few expensive conflicts. Per case:
- `baseline`: each variable takes the value its literals vote for (weighted by clause weight, ties to
  true), then best-improvement single flips (ties to the lowest variable) until no flip gains;
- `reference`: tabu search from the baseline, a fixed number of best non-tabu flips with a random tenure
  (a flip that beats the best so far is always allowed), keeping the best assignment seen.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

TABU_STEPS = 1500


def draw_clauses(rng: random.Random, kind: str, n: int, ratio: float) -> list[list[int]]:
    """[weight, literal, ...] per clause; literal +v / -v for variable v in 1..n."""
    clauses = []
    if kind == "partial":
        for _ in range(round(ratio * n)):
            clauses.append([rng.randint(500, 1000)] + [v * rng.choice((1, -1)) for v in rng.sample(range(1, n + 1), 3)])
        for v in range(1, n + 1):
            clauses.append([rng.randint(1, 20), v * rng.choice((1, -1))])
    else:
        for _ in range(round(ratio * n)):
            k = rng.randint(1, 5) if kind == "mixed" else int(kind[1])
            clauses.append([rng.randint(1, 100)] + [v * rng.choice((1, -1)) for v in rng.sample(range(1, n + 1), k)])
    rng.shuffle(clauses)
    return clauses


class Formula:
    """Flat literal arrays for vectorised flip gains."""

    def __init__(self, n: int, clauses: list[list[int]]):
        self.n, self.m = n, len(clauses)
        self.weight = np.array([c[0] for c in clauses], dtype=np.int64)
        self.clause = np.array([i for i, c in enumerate(clauses) for _ in c[1:]], dtype=np.int64)
        lits = np.array([lit for c in clauses for lit in c[1:]], dtype=np.int64)
        self.var = np.abs(lits) - 1
        self.sign = (lits > 0).astype(np.int64)

    def true_count(self, x: np.ndarray) -> np.ndarray:
        return np.bincount(self.clause, weights=(x[self.var] == self.sign), minlength=self.m).astype(np.int64)

    def value(self, x: np.ndarray) -> int:
        return int(self.weight[self.true_count(x) > 0].sum())

    def gains(self, x: np.ndarray) -> np.ndarray:
        """gain[v]: change of the satisfied weight if variable v flips."""
        count = self.true_count(x)
        lit_true = x[self.var] == self.sign
        w = self.weight[self.clause]
        c = count[self.clause]
        delta = np.where(lit_true, -w * (c == 1), w * (c == 0))
        return np.bincount(self.var, weights=delta, minlength=self.n).astype(np.int64)


def baseline_assignment(f: Formula) -> np.ndarray:
    vote = np.bincount(f.var, weights=f.weight[f.clause] * (2 * f.sign - 1), minlength=f.n)
    x = (vote >= 0).astype(np.int64)
    while True:
        gain = f.gains(x)
        v = int(np.argmax(gain))
        if gain[v] <= 0:
            return x
        x[v] ^= 1


def tabu(f: Formula, start: np.ndarray, rng: random.Random) -> np.ndarray:
    x, best = start.copy(), start.copy()
    current = best_value = f.value(start)
    until = np.zeros(f.n, dtype=np.int64)
    for step in range(1, TABU_STEPS + 1):
        gain = f.gains(x)
        allowed = (until < step) | (current + gain > best_value)
        if not allowed.any():
            continue
        v = int(np.argmax(np.where(allowed, gain, np.iinfo(np.int64).min)))
        x[v] ^= 1
        current += int(gain[v])
        until[v] = step + 5 + rng.randrange(max(2, f.n // 10))
        if current > best_value:
            best, best_value = x.copy(), current
    return best


def make_case(rng: random.Random, kind: str, n: int, ratio: float) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    clauses = draw_clauses(rng, kind, n, ratio)
    f = Formula(n, clauses)
    start = baseline_assignment(f)
    baseline = f.value(start)
    reference = f.value(tabu(f, start, search_rng))
    if reference <= baseline:
        return None
    return {"n": n, "clauses": clauses, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), float(params["ratio"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
