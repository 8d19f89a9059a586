"""Closest string test cases (min over strings s of the max Hamming distance to the inputs), each with a
baseline and a strong reference distance.

k strings of length L over the first `alphabet` lowercase letters. Kinds: `random` (independent uniform
strings) and `groups` (`groups` uniform centre strings; every input is a centre, each centre used at least
once, with round(spread * L) random positions changed to other letters: the consensus follows the largest
group and lies far from the others). Per case:
- `baseline`: the consensus string (the most frequent letter of every column, ties to the smaller letter);
- `reference`: descent from the consensus by single-letter changes, best first, on the objective (max
  distance, number of inputs at the max, sum of squared distances) lexicographically, then KICKS rounds of
  a fixed random kick (KICK_SIZE positions set to the letter of a farthest input) and descent again, a
  round kept unless it is worse.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
import string
from pathlib import Path

import numpy as np

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


def make_case(rng: random.Random, params: dict) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    strings = draw_strings(rng, params)
    alphabet = int(params["alphabet"])
    counts = np.stack([(strings == c).sum(axis=0) for c in range(alphabet)])  # a x L
    consensus = np.argmax(counts, axis=0)  # ties to the smaller letter
    reference = reference_string(strings, alphabet, consensus, search_rng)
    letters = string.ascii_lowercase
    case = {"k": len(strings), "length": strings.shape[1], "alphabet": alphabet,
            "strings": ["".join(letters[c] for c in row) for row in strings],
            "baseline": int((strings != consensus[None, :]).sum(axis=1).max()),
            "reference": int((strings != reference[None, :]).sum(axis=1).max())}
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
