"""Judge for cp_strip_packing (2D strip packing, no rotation): compile, run every case, check, score.

Input of a case (stdin): n and the strip width W, then n lines w h (rectangle i = 0..n-1, integers,
1 <= w <= W). Output (stdout): exactly n lines x y, the lower-left corner of rectangle i (integers,
0 <= x <= W - w, 0 <= y <= the sum of all heights). Malformed: not 2n integers, a coordinate out of range,
two rectangles whose interiors overlap (touching edges is fine). Rectangles keep their orientation. The
objective is the packing height max(y + h) (lower is better).

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (height - baseline) / (reference - baseline), 0, 100), where `baseline` is next-fit decreasing
height shelves and `reference` the best skyline bottom-left placement over several item orders (data.py).
A malformed answer, a crash or a timeout scores 0 for its case only; `score` is the mean over the cases,
combined_score = score / 100. Invalid (combined_score 0, one-line error): a compile error, or no case with
a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    return "\n".join([f"{case['n']} {case['width']}"] + [f"{w} {h}" for w, h in case["items"]]) + "\n"


def packing_height(case: dict, output: str) -> int:
    """Height of the printed packing; CheckError (one line) if it is malformed or two rectangles overlap."""
    n, width = case["n"], case["width"]
    items = np.array(case["items"], dtype=np.int64)
    total = int(items[:, 1].sum())
    # x and y share one token bound, wide enough for both (W may exceed the sum of the heights)
    xy = np.array(read_ints(output, 0, max(width, total), 2 * n, "coordinate"), dtype=np.int64).reshape(n, 2)
    x, y, w, h = xy[:, 0], xy[:, 1], items[:, 0], items[:, 1]
    outside = np.flatnonzero(x + w > width)
    if outside.size:
        i = int(outside[0])
        raise CheckError(f"rectangle {i} at x={int(x[i])} with width {int(w[i])} leaves the strip of width {width}")
    high = np.flatnonzero(y > total)
    if high.size:
        i = int(high[0])
        raise CheckError(f"rectangle {i} at y={int(y[i])} is above the sum of all heights {total}")
    overlap = ((x[:, None] < x[None, :] + w[None, :]) & (x[None, :] < x[:, None] + w[:, None])
               & (y[:, None] < y[None, :] + h[None, :]) & (y[None, :] < y[:, None] + h[:, None]))
    np.fill_diagonal(overlap, False)
    if overlap.any():
        i, j = (int(v) for v in np.argwhere(overlap)[0])
        raise CheckError(f"rectangles {i} and {j} overlap")
    return int((y + h).max())


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, packing_height)
