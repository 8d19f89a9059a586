"""Judge for cp_bin_packing_2d (2D rectangle bin packing, no rotation): compile, run, check, score.

Input of a case (stdin): n, the bin width W and height H, then n lines w h (rectangle i = 0..n-1, integers,
1 <= w <= W, 1 <= h <= H). Output (stdout): exactly n lines b x y: rectangle i goes into bin b (0..n-1) with
its lower-left corner at (x, y), 0 <= x <= W - w, 0 <= y <= H - h. Malformed: not 3n integers, a value out
of range, two rectangles of the same bin whose interiors overlap (touching edges is fine). Rectangles keep
their orientation. The objective (lower is better) is (number of distinct bins used - 1) + (area of the
rectangles in the emptiest used bin) / (W * H): fewer bins always win, and at the same count a nearly empty
last bin is better.

Score (eft.judge.partial_score, the Frontier-CS rule): per case
clamp(100 * (value - baseline) / (reference - baseline), 0, 100), where `baseline` is finite next fit
(shelves by decreasing height) and `reference` the better of skyline first fit and bottom-left fill, each
over several item orders (data.py). A malformed answer, a crash or a timeout scores 0 for its case only;
`score` is the mean over the cases, combined_score = score / 100. Invalid (combined_score 0, one-line
error): a compile error, or no case with a well-formed answer.
"""
from __future__ import annotations

import json

import numpy as np

from eft.judge import CheckError, Task, evaluate_cases, read_ints


def case_input(case: dict) -> str:
    head = f"{case['n']} {case['width']} {case['height']}"
    return "\n".join([head] + [f"{w} {h}" for w, h in case["items"]]) + "\n"


def packing_value(case: dict, output: str) -> float:
    """(bins - 1) + fill of the emptiest bin; CheckError (one line) if the packing is malformed."""
    n, width, height = case["n"], case["width"], case["height"]
    values = read_ints(output, 0, max(n - 1, width, height), 3 * n, "value")
    placed = np.array(values, dtype=np.int64).reshape(n, 3)
    items = np.array(case["items"], dtype=np.int64)
    b, x, y, w, h = placed[:, 0], placed[:, 1], placed[:, 2], items[:, 0], items[:, 1]
    for name, bad in (("bin", b > n - 1), ("x", x + w > width), ("y", y + h > height)):
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise CheckError(f"rectangle {i}: {name} is out of range (bin {int(b[i])}, x {int(x[i])}, y {int(y[i])})")
    overlap = ((b[:, None] == b[None, :])
               & (x[:, None] < x[None, :] + w[None, :]) & (x[None, :] < x[:, None] + w[:, None])
               & (y[:, None] < y[None, :] + h[None, :]) & (y[None, :] < y[:, None] + h[:, None]))
    np.fill_diagonal(overlap, False)
    if overlap.any():
        i, j = (int(v) for v in np.argwhere(overlap)[0])
        raise CheckError(f"rectangles {i} and {j} overlap in bin {int(b[i])}")
    fill = np.bincount(b, weights=w * h)
    used = fill[fill > 0]
    return float(len(used) - 1 + used.min() / (width * height))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    return evaluate_cases(task, program_path, cases, case_input, packing_value)
