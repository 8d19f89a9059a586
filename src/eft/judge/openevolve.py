"""Judge an imported OpenEvolve task folder (`eft tasks import`): its own `evaluate(program_path)`, confined.

An OpenEvolve evaluator imports or runs the candidate itself, so the sandbox holds the evaluator and the
candidate together: the machine is protected, but the score is only as hard to game as that evaluator is.
What leaves the sandbox is checked here: a mapping of finite numbers holding the task's metric.
"""
from __future__ import annotations

import os
from pathlib import Path

from eft.judge.scoring import CandidateError, guarded
from eft.judge.task import Task
from eft.sandbox import run_python

SHIM = Path(__file__).with_name("openevolve_shim.py")
ORIGINAL_DIRNAME = "original"  # the imported folder's own files, evaluator.py among them


@guarded
def evaluate_openevolve(program_path: str | os.PathLike, task: Task) -> dict:
    """The imported evaluator's metrics for `program_path`; combined_score is its own, else the metric."""
    metric = str(task.params.get("metric", "combined_score"))
    folder = task.dir / ORIGINAL_DIRNAME
    res = run_python(SHIM, "evaluate", [{"program_path": str(Path(program_path).resolve()),
                                         "evaluator_path": str(folder / "evaluator.py")}],
                     task.limits.call(), readable=[program_path, folder])
    if not res.ok:
        raise CandidateError(res.error)
    metrics = res.values[0]
    if not isinstance(metrics, dict):
        raise CandidateError("the imported evaluator returned no metrics")
    bad = [key for key, value in metrics.items() if not isinstance(value, float)]
    if bad:
        raise CandidateError(f"the imported evaluator's {bad[0]!r} is {metrics[bad[0]]} (not a finite number)")
    if metric not in metrics:
        raise CandidateError(f"the imported evaluator reported no {metric!r} "
                             f"(it reported: {', '.join(sorted(metrics)) or 'nothing'})")
    return {**metrics, "combined_score": metrics.get("combined_score", metrics[metric])}
