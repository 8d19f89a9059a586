"""The search work dir: OpenEvolve's output folder (checkpoints, logs, trace) plus what a resume needs.

A killed run leaves checkpoints and a trace that may run past the last checkpoint; resuming replays the
iterations after the checkpoint, so their trace records are dropped first. A checkpoint counts only once
OpenEvolve has written all of it (its `best_program_info.json` comes last). The run's identity (every
result setting except the iteration count; operational ones such as the checkpoint interval, the workers or
the endpoint are left out, so changing them resumes) and a fingerprint of its inputs (task folder, model
folder) are stored beside the checkpoints; a work dir left by other settings or older inputs is cleared instead of
resumed. Only the identity seeds program ids, so the same settings give the same trajectory anywhere.
"""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eft.io import atomic_write_json, read_jsonl, write_jsonl

TRACE = "evolution_trace.jsonl"
FAILURES = "evolution_trace_failures.jsonl"  # OpenEvolve names it after TRACE
INITIAL = "initial.json"  # id and metrics of the evaluated initial program
IDENTITY = "run.json"
INPUTS = "inputs.json"  # fingerprint of the task folder and model folders the run was started with
GUARD = "guarded_evaluator.py"  # written by eft.search.evaluator_guard
_OWNED = ("checkpoints", "logs", "best", TRACE, FAILURES, INITIAL, IDENTITY, INPUTS, GUARD)  # what OpenEvolve and we write
_CHECKPOINT = re.compile(r"checkpoint_(\d+)")


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    iteration: int


def latest_checkpoint(work_dir: Path) -> Checkpoint | None:
    found = []
    for path in (Path(work_dir) / "checkpoints").glob("checkpoint_*"):
        match = _CHECKPOINT.fullmatch(path.name)
        if match and (path / "metadata.json").is_file() and (path / "best_program_info.json").is_file():
            found.append(Checkpoint(path, int(match.group(1))))
    return max(found, key=lambda c: c.iteration, default=None)


def read_records(path: Path, max_iteration: int | None = None) -> list[dict[str, Any]]:
    """JSONL records (a torn last line from a killed writer is skipped), optionally up to an iteration."""
    if not path.is_file():
        return []
    return [record for _, record in read_jsonl(path, torn_tail_ok=True)
            if max_iteration is None or record.get("iteration", 0) <= max_iteration]


def _clear(work_dir: Path) -> None:
    for name in _OWNED:
        path = work_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def _stored(path: Path, value: Any) -> bool:
    return path.is_file() and json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(value))


def prepare(work_dir: Path, identity: dict[str, Any], inputs: str) -> Checkpoint | None:
    """Make the work dir ready to (re)start: trim the traces to the latest checkpoint of a run with the
    same identity and inputs, or clear it. Returns that checkpoint (None: start fresh)."""
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    same = _stored(work_dir / IDENTITY, identity) and _stored(work_dir / INPUTS, inputs)
    checkpoint = latest_checkpoint(work_dir) if same else None
    if checkpoint is None:
        _clear(work_dir)
        atomic_write_json(work_dir / INPUTS, inputs)
        atomic_write_json(work_dir / IDENTITY, identity)
        return None
    for name in (TRACE, FAILURES):
        path = work_dir / name
        if path.exists():
            write_jsonl(path, read_records(path, checkpoint.iteration))
    return checkpoint
