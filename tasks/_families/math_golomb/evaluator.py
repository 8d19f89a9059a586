"""Golomb rulers: n integer marks whose pairwise differences are all distinct, as short as possible (lower is
better). Equivalently a Sidon set: all pairwise sums distinct.

params: n, target. The candidate's `run(n)` returns n integers (any order) in [0, 10^9]. Rejected: a wrong
length, a non-integer or out-of-range value, a repeated mark, and any difference that occurs twice (the
message names it). Everything is checked in exact integer arithmetic. length = largest mark - smallest mark;
combined_score = target / length, with target the optimal length for that n (known for n <= 27, from the
distributed.net OGR searches and earlier exhaustive searches).
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

MAX_MARK = 10 ** 9


def ruler_length(marks: list[int]) -> int:
    if len(set(marks)) != len(marks):
        raise CandidateError("a mark is repeated")
    marks = sorted(marks)
    seen: dict[int, tuple[int, int]] = {}
    for i, a in enumerate(marks):
        for b in marks[i + 1:]:
            if b - a in seen:
                c, d = seen[b - a]
                raise CandidateError(f"difference {b - a} occurs twice ({d} - {c} and {b} - {a})")
            seen[b - a] = (a, b)
    return marks[-1] - marks[0]


@guarded
def score(value, params: dict) -> dict:
    raw = as_array(value, "marks", (int(params["n"]),))
    if np.any(raw != np.round(raw)) or np.any(raw < 0) or np.any(raw > MAX_MARK):
        raise CandidateError(f"marks must be integers in [0, {MAX_MARK}]")
    length = ruler_length([int(v) for v in raw])
    return {"combined_score": float(params["target"]) / length, "length": float(length)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    n = int(task.params["n"])
    return score(candidate_output(task, program_path, kwargs={"n": n}), task.params)
