"""AlgoTune-style speed tasks: instance files (for data.py) and the shared evaluator.

Instances come in groups of same-sized problems. The trusted `reference.py` of the task and the candidate
each run in the sandbox as `solve(problem)`, one call per instance. The evaluator loads the instances and
sends each one only when that call starts, and `run_python` times every call from the parent, so a
candidate can neither see an instance early nor fake its own time; both solvers pay the same (small,
constant) transfer cost. Every candidate output is checked against the reference output (same shape,
finite, `np.allclose` with the task's tolerances); any invalid output or failure scores 0. Per group,
speedup = fastest reference call / fastest candidate call; the score is the harmonic mean of the group
speedups (`combined_score` = `speedup`). The reference solves each instance REFERENCE_REPEATS times, which
steadies its (short, transfer-dominated) times; the candidate solves each once, so memoizing cannot help it.
Each solver's run (all its calls) gets the task's `call_s` and `mem_mb`; the instances are read from
`task.data_dir/instances/` and the reference is `task.dir/reference.py`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from eft.judge.scoring import CandidateError, as_array, failure
from eft.judge.task import Task
from eft.sandbox import SandboxLimits, run_python

INSTANCE_DIR = "instances"
REFERENCE_REPEATS = 5  # the trusted reference may repeat an instance (a candidate could memoize it)
MIN_SECONDS = 1e-7  # clock floor, so a near-zero time cannot produce an infinite speedup
_FILE = re.compile(r"g(\d+)_v(\d+)_(\w+)\.npy")


def save_instances(out_dir: Path, groups: Sequence[Sequence[dict[str, np.ndarray]]]) -> None:
    """Write instance g, variant v, array `key` to `out_dir/instances/g{g}_v{v}_{key}.npy`."""
    folder = Path(out_dir) / INSTANCE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for g, group in enumerate(groups):
        for v, problem in enumerate(group):
            for key, array in problem.items():
                np.save(folder / f"g{g:02d}_v{v:02d}_{key}.npy", np.asarray(array), allow_pickle=False)


def load_instances(data_dir: Path) -> list[list[dict[str, np.ndarray]]]:
    """groups -> variants -> {key: array}, in the order `save_instances` wrote them."""
    found: dict[int, dict[int, dict[str, np.ndarray]]] = {}
    for path in sorted((Path(data_dir) / INSTANCE_DIR).glob("*.npy")):
        g, v, key = _FILE.fullmatch(path.name).groups()
        found.setdefault(int(g), {}).setdefault(int(v), {})[key] = np.load(path, allow_pickle=False)
    return [[variants[v] for v in sorted(variants)] for _, variants in sorted(found.items())]


def _run(solver: Path, instances: list, limits: SandboxLimits, repeats: int = 1) -> tuple[list, list] | str:
    """(outputs, seconds) per group and instance from timed sandboxed calls, or a one-line error.

    Each instance is solved `repeats` times in a row and keeps its fastest time (and first output).
    """
    calls = [{"problem": problem} for group in instances for problem in group for _ in range(repeats)]
    result = run_python(solver, "solve", calls, limits)
    if not result.ok:
        return result.error
    outputs, seconds, start = [], [], 0
    for group in instances:
        outputs.append(result.values[start:start + len(group) * repeats:repeats])
        seconds.append([min(result.call_seconds[i:i + repeats])
                        for i in range(start, start + len(group) * repeats, repeats)])
        start += len(group) * repeats
    return outputs, seconds


def harmonic_mean(values: Sequence[float]) -> float:
    """Mean of rates: one slow group weighs more than one fast group (AlgoTune's aggregate)."""
    return len(values) / sum(1.0 / v for v in values)


def evaluate_algotune(program_path: str | os.PathLike, task: Task, rtol: float, atol: float) -> dict:
    """Time the reference and the candidate on the task's instances; score the checked speedup."""
    instances = load_instances(task.data_dir)
    limits = task.limits.call()
    reference = _run((task.dir / "reference.py").resolve(), instances, limits, REFERENCE_REPEATS)
    if isinstance(reference, str):
        return failure(f"reference solver failed: {reference}")
    candidate = _run(Path(program_path).resolve(), instances, limits)
    if isinstance(candidate, str):
        return failure(candidate)
    (ref_out, ref_s), (cand_out, cand_s) = reference, candidate
    speedups = []
    try:
        for g, group in enumerate(instances):
            for v in range(len(group)):
                expected = np.asarray(ref_out[g][v], dtype=float)
                got = as_array(cand_out[g][v], f"instance g{g} v{v}", expected.shape)
                if not np.allclose(got, expected, rtol=rtol, atol=atol):
                    raise CandidateError(f"instance g{g} v{v}: output differs from the reference solution")
            seconds = [float(s) for s in cand_s[g]]
            speedups.append(min(ref_s[g]) / max(min(seconds), MIN_SECONDS))
    except (CandidateError, IndexError, TypeError, ValueError) as exc:
        return failure(str(exc))
    speedup = harmonic_mean(speedups)
    return {"combined_score": speedup, "speedup": speedup,
            "candidate_s": float(sum(map(sum, cand_s))), "reference_s": float(sum(map(sum, ref_s)))}
