"""Closest string test cases (min over strings s of the max Hamming distance to the inputs), each with a
baseline and a strong reference distance.

k strings of length L over the first `alphabet` lowercase letters. Kinds: `random` (independent uniform
strings) and `groups` (`groups` uniform centre strings; every input is a centre, each centre used at least
once, with round(spread * L) random positions changed to other letters: the consensus follows the largest
group and lies far from the others). Per case:
- `baseline`: the consensus string (the most frequent letter of every column, ties to the smaller letter);
- `reference`: descent by single-letter changes, best first, on the objective (max distance, number of
  inputs at the max, sum of squared distances) lexicographically, then KICKS rounds of a fixed random kick
  (KICK_SIZE positions set to the letter of a farthest input) and descent again, a round kept unless it is
  worse; run from the consensus and from the rounded LP relaxation (the letter of largest weight in every
  column of an optimal fractional solution), the better of the two. Plain descent from the consensus is
  what a first search finds; the LP start usually ends at the LP bound itself, i.e. at an optimum.
- `lp_bound`: the LP relaxation's optimum rounded up, a lower bound on every answer (never shown to the
  candidate; the tests check the reference against it).
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
import string
from pathlib import Path

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix

KICKS = 40
KICK_SIZE = 3


def draw_strings(rng: random.Random, params: dict) -> np.ndarray:
    k, length, alphabet = int(params["k"]), int(params["length"]), int(params["alphabet"])
    if params["kind"] == "groups":
        centres = [[rng.randrange(alphabet) for _ in range(length)] for _ in range(int(params["groups"]))]
        d = round(float(params["spread"]) * length)
        rows = []
        for i in range(k):
            row = centres[i % len(centres)][:] if i < len(centres) else rng.choice(centres)[:]
            for j in rng.sample(range(length), d):
                row[j] = (row[j] + rng.randrange(1, alphabet)) % alphabet
            rows.append(row)
        return np.array(rows, dtype=np.int64)
    return np.array([[rng.randrange(alphabet) for _ in range(length)] for _ in range(k)], dtype=np.int64)


def key(dist: np.ndarray) -> tuple[int, int, int]:
    top = int(dist.max())
    return top, int((dist == top).sum()), int((dist * dist).sum())


def descend(strings: np.ndarray, alphabet: int, sol: np.ndarray) -> np.ndarray:
    letters = np.arange(alphabet)
    differs = (strings[:, :, None] != letters[None, None, :]).astype(np.int64)  # k x L x a
    while True:
        dist = (strings != sol[None, :]).sum(axis=1)
        current = differs[:, np.arange(len(sol)), sol]  # k x L: does input i differ at j now
        new = dist[:, None, None] + differs - current[:, :, None]  # k x L x a
        top = new.max(axis=0).ravel()
        count = (new == new.max(axis=0)[None]).sum(axis=0).ravel()
        squares = (new * new).sum(axis=0).ravel()
        best = int(np.lexsort((squares, count, top))[0])  # lexicographic (max, count at max, squares)
        if (int(top[best]), int(count[best]), int(squares[best])) >= key(dist):
            return sol
        j, c = divmod(best, alphabet)
        sol = sol.copy()
        sol[j] = c


def reference_string(strings: np.ndarray, alphabet: int, start: np.ndarray, rng: random.Random) -> np.ndarray:
    best = descend(strings, alphabet, start)
    best_key = key((strings != best[None, :]).sum(axis=1))
    for _ in range(KICKS):
        trial = best.copy()
        dist = (strings != trial[None, :]).sum(axis=1)
        far = strings[int(np.argmax(dist))]
        for j in rng.sample(range(len(trial)), KICK_SIZE):
            trial[j] = far[j]
        trial = descend(strings, alphabet, trial)
        trial_key = key((strings != trial[None, :]).sum(axis=1))
        if trial_key <= best_key:
            best, best_key = trial, trial_key
    return best


def lp_relaxation(strings: np.ndarray, alphabet: int) -> tuple[np.ndarray, float]:
    """min D s.t. every column's letter weights x[j, c] >= 0 sum to 1 and L - sum_j x[j, s_i[j]] <= D for
    every input i: the fractional closest string. Returns (x as L x a, the optimal D)."""
    k, length = strings.shape
    columns = length * alphabet + 1  # x[j, c] at j * a + c, then D
    cost = np.zeros(columns)
    cost[-1] = 1.0
    rows = np.repeat(np.arange(length), alphabet)
    a_eq = csr_matrix((np.ones(length * alphabet), (rows, np.arange(length * alphabet))), shape=(length, columns))
    rows = np.r_[np.repeat(np.arange(k), length), np.arange(k)]
    cols = np.r_[(np.arange(length)[None, :] * alphabet + strings).ravel(), np.full(k, columns - 1)]
    a_ub = csr_matrix((-np.ones(k * length + k), (rows, cols)), shape=(k, columns))
    res = linprog(cost, A_ub=a_ub, b_ub=-np.full(k, float(length)), A_eq=a_eq, b_eq=np.ones(length),
                  bounds=(0, None), method="highs")
    if res.status != 0:
        raise RuntimeError(f"closest string LP failed: {res.message}")
    return res.x[:-1].reshape(length, alphabet), float(res.fun)


def make_case(rng: random.Random, params: dict) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    strings = draw_strings(rng, params)
    alphabet = int(params["alphabet"])
    counts = np.stack([(strings == c).sum(axis=0) for c in range(alphabet)])  # a x L
    consensus = np.argmax(counts, axis=0)  # ties to the smaller letter
    fractional, bound = lp_relaxation(strings, alphabet)
    starts = [consensus, np.argmax(fractional, axis=1)]  # argmax: ties to the smaller letter
    found = [reference_string(strings, alphabet, start, search_rng) for start in starts]
    reference = min(found, key=lambda sol: key((strings != sol[None, :]).sum(axis=1)))
    letters = string.ascii_lowercase
    case = {"k": len(strings), "length": strings.shape[1], "alphabet": alphabet,
            "strings": ["".join(letters[c] for c in row) for row in strings],
            "baseline": int((strings != consensus[None, :]).sum(axis=1).max()),
            "reference": int((strings != reference[None, :]).sum(axis=1).max()),
            "lp_bound": math.ceil(bound - 1e-6)}
    return case if case["reference"] < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
