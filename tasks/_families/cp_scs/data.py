"""Shortest common supersequence test cases, each with a baseline and a strong reference length.

k strings over the first `alphabet` lowercase letters. Kinds: `random` (independent uniform strings of
length L) and `planted` (a hidden uniform string of length L / keep; every input keeps each of its letters
with probability `keep`, a member parameter, default 0.8, so the hidden string is a supersequence, its
length stored as `planted`). Per case:
- `baseline`: majority merge (Jiang and Li): repeatedly append the letter that most strings have as their
  next unmatched letter (ties to the smaller letter), advancing those strings;
- `reference`: weighted majority merge (a letter's weight is the sum of the remaining lengths of the strings
  it advances), plain and with NOISY_RUNS fixed random perturbations of the weights (x 0.8..1.2 per string
  and step), each followed by deleting letters the supersequence does not need; the shortest one.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
import string
from pathlib import Path

NOISY_RUNS = 10


def draw_strings(rng: random.Random, kind: str, k: int, length: int, alphabet: int,
                 keep: float) -> tuple[list[str], int]:
    letters = string.ascii_lowercase[:alphabet]
    if kind == "planted":
        hidden = "".join(rng.choice(letters) for _ in range(round(length / keep)))
        return ["".join(c for c in hidden if rng.random() < keep) or hidden[0] for _ in range(k)], len(hidden)
    return ["".join(rng.choice(letters) for _ in range(length)) for _ in range(k)], 0


def merge(strings: list[str], weighted: bool, rng: random.Random | None = None) -> str:
    pos = [0] * len(strings)
    out = []
    while True:
        score: dict[str, float] = {}
        for i, s in enumerate(strings):
            if pos[i] < len(s):
                w = (len(s) - pos[i]) if weighted else 1
                if rng is not None:
                    w *= rng.uniform(0.8, 1.2)
                score[s[pos[i]]] = score.get(s[pos[i]], 0) + w
        if not score:
            return "".join(out)
        c = max(sorted(score), key=lambda x: score[x])
        out.append(c)
        for i, s in enumerate(strings):
            if pos[i] < len(s) and s[pos[i]] == c:
                pos[i] += 1


def reduce(strings: list[str], sup: str) -> str:
    """Delete letters of `sup` while it stays a supersequence (earliest-prefix and latest-suffix matches)."""
    sup = list(sup)
    while True:
        m = len(sup)
        removable = [True] * m
        for s in strings:
            pre = [0] * (m + 1)  # letters of s matched greedily by sup[:p]
            for p, c in enumerate(sup):
                pre[p + 1] = pre[p] + (pre[p] < len(s) and s[pre[p]] == c)
            suf = [0] * (m + 2)  # letters of s matched greedily from the end by sup[p:]
            for p in range(m - 1, -1, -1):
                q = suf[p + 1]
                suf[p] = q + (q < len(s) and s[len(s) - 1 - q] == sup[p])
            for p in range(m):
                if pre[p] + suf[p + 1] < len(s):
                    removable[p] = False
        drop = next((p for p in range(m) if removable[p]), None)
        if drop is None:
            return "".join(sup)
        del sup[drop]


def make_case(rng: random.Random, params: dict) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))
    strings, planted = draw_strings(rng, params["kind"], int(params["k"]), int(params["length"]),
                                    int(params["alphabet"]), float(params.get("keep", 0.8)))
    candidates = [merge(strings, True)] + [merge(strings, True, search_rng) for _ in range(NOISY_RUNS)]
    case = {"k": len(strings), "alphabet": int(params["alphabet"]), "strings": strings,
            "baseline": len(merge(strings, False)),
            "reference": min(len(reduce(strings, c)) for c in candidates)}
    if planted:
        case["planted"] = planted
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
