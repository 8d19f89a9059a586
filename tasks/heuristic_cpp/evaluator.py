"""Judge for heuristic_cpp: compile the candidate, run it on every case, validate each tour, score it.

The score is computed here from the printed tour, never read from the candidate: per case
round(1e6 * MST / tour length) (the MST is a lower bound on any tour, so at most 1e6 per case);
`score` is the contest total over cases and `combined_score` = score / (1e6 * cases), the mean per-case
score on (0, 1].
"""
from __future__ import annotations

import json
import math

from eft.judge import CheckError, Task, ascii_tokens, compile_and_run, read_ints


def case_input(points: list[list[int]]) -> str:
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def tour_length(points: list[list[int]], output: str) -> float:
    """Length of the closed tour the output describes; ValueError (one line) if it is not a permutation."""
    n = len(points)
    tokens = ascii_tokens(output)
    if len(tokens) != n:
        raise ValueError(f"expected {n} city indices, got {len(tokens)} tokens")
    try:
        order = read_ints(output, 0, n - 1, n, "city index")
    except CheckError as exc:
        raise ValueError(f"output contains a non-integer token or an index outside 0..N-1 ({exc})") from None
    if sorted(order) != list(range(n)):
        raise ValueError("output is not a permutation of 0..N-1")
    return sum(math.dist(points[order[i]], points[order[i - 1]]) for i in range(n))


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    inputs = [case_input(case["points"]) for case in cases]
    run = compile_and_run(task, program_path, inputs)
    if run.error:
        return {"combined_score": 0.0, "error": run.error}
    ratios = []
    for index, (case, output) in enumerate(zip(cases, run.outputs)):
        try:
            ratios.append(case["mst"] / tour_length(case["points"], output))
        except ValueError as exc:
            return {"combined_score": 0.0, "error": f"case {index}: {exc}"}
    score = float(sum(round(1e6 * ratio) for ratio in ratios))
    return {"combined_score": score / (1e6 * len(ratios)), "score": score, "cases": len(ratios)}
