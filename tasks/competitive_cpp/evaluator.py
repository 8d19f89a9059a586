"""Judge for competitive_cpp: compile the candidate, run every case, check feasibility, score it.

The score is computed here from the printed selection, never read from the candidate: per case
100 * value / LP bound (0 for an infeasible or malformed answer fails the whole evaluation);
`score` is the mean judge score in [0, 100] and `combined_score` = score / 100.
"""
from __future__ import annotations

import json

from eft.judge import CheckError, Task, compile_and_run, read_ints


def case_input(case: dict) -> str:
    values, weights, capacity = case["values"], case["weights"], case["capacity"]
    lines = [f"{len(values)} {len(weights)}", " ".join(map(str, values))]
    lines += [" ".join(map(str, row)) for row in weights]
    lines.append(" ".join(map(str, capacity)))
    return "\n".join(lines) + "\n"


def selection_value(case: dict, output: str) -> int:
    """Total value of the printed selection; ValueError (one line) if malformed or over capacity."""
    n = len(case["values"])
    try:
        chosen = read_ints(output, 0, n - 1, None, "item index")
    except CheckError as exc:
        reason = "an item index is outside" if "outside" in str(exc) else "output contains a non-integer token"
        raise ValueError(f"{reason} ({exc})") from None
    if len(set(chosen)) != len(chosen):
        raise ValueError("an item index is repeated")
    for d, (row, cap) in enumerate(zip(case["weights"], case["capacity"])):
        if sum(row[i] for i in chosen) > cap:
            raise ValueError(f"capacity {d} exceeded")
    return sum(case["values"][i] for i in chosen)


def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    inputs = [case_input(case) for case in cases]
    run = compile_and_run(task, program_path, inputs)
    if run.error:
        return {"combined_score": 0.0, "error": run.error}
    scores = []
    for index, (case, output) in enumerate(zip(cases, run.outputs)):
        try:
            scores.append(min(100.0, 100.0 * selection_value(case, output) / case["bound"]))
        except ValueError as exc:
            return {"combined_score": 0.0, "error": f"case {index}: {exc}"}
    score = sum(scores) / len(scores)
    return {"combined_score": score / 100.0, "score": score}
