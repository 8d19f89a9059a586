"""The evaluator OpenEvolve calls: the task's own `evaluate(program_path, task)`, with an exception turned
into a failed result.

OpenEvolve scores an evaluator that raises as `{"error": 0.0}` and keeps the reason only in its log, so the
trace and the trajectories would not say why the child failed. An evaluator that raises (or cannot be
imported, or returns no dict) is a bug in the task rather than in the candidate, but one candidate tripping
it must not end the run: the child gets `combined_score: 0.0` and `error: "evaluator error: ..."`, the
evaluator contract's failure result. On the initial program it fails the run (`TaskFailed`, raised in
`eft.search.controller`): without a scored starting point there is nothing to improve on.

OpenEvolve loads its evaluator from a file path in every worker, so the guard is a two-line file written
into the work dir that imports this module. Each process reads the task folder's task.yaml once (on its
first evaluation) to build the `eft.judge.Task` handed to every `evaluate` call.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eft.io import atomic_write_text
from eft.judge import failure
from eft.search.workdir import GUARD
from eft.tasks.registry import load_evaluator

PREFIX = "evaluator error:"  # starts the `error` of a result the guard made


def guarded_evaluate(evaluator: str) -> Callable[[str], dict[str, Any]]:
    """`evaluate(program_path)` of the task evaluator at `evaluator` (in its task folder), loaded on first use."""
    load = functools.cache(lambda: load_evaluator(Path(evaluator).parent))

    def evaluate(program_path: str) -> dict[str, Any]:
        try:
            result = load()(program_path)
        except Exception as exc:  # noqa: BLE001 (any evaluator bug becomes a one-line failed result)
            return failure(f"{PREFIX} {type(exc).__name__}: {exc}")
        if not isinstance(result, dict):
            return failure(f"{PREFIX} returned {type(result).__name__}, not a dict")
        return result

    return evaluate


def write_guard(evaluator: Path, work_dir: Path) -> Path:
    """The guard file for `evaluator` in `work_dir` (rewritten each run: the task folder may have moved)."""
    path = Path(work_dir) / GUARD
    atomic_write_text(path, "from eft.search.evaluator_guard import guarded_evaluate\n\n"
                            f"evaluate = guarded_evaluate({str(Path(evaluator).resolve())!r})\n")
    return path
