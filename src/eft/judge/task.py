"""What an evaluator is told about its task: `Task` (id, folder, data folder, limits) and `TaskLimits`.

The framework builds one `Task` per process from the task's task.yaml (`eft.tasks.registry.judge_task`)
and passes it to `evaluate(program_path, task)`, so evaluators never read task.yaml or locate files from
their own path. `TaskLimits` is the only place where limit defaults live.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eft.sandbox import SandboxLimits

DATA_DIRNAME = "data"  # generated data of a materialized task copy: `<task dir>/data/`


@dataclass(frozen=True)
class TaskLimits:
    """Per-task limits (task.yaml `limits:`); every field may be left out there and defaults to this."""

    call_s: float = 10.0  # wall time of one sandboxed candidate run (all calls of one run_python)
    mem_mb: int = 2048  # address-space cap of a candidate run (Python run or one C++ test case)
    compile_s: float = 30.0  # C++ compile
    case_s: float = 2.0  # one C++ test case
    evaluation_s: float = 600.0  # the whole evaluation of one program (OpenEvolve's evaluator timeout)

    def call(self) -> SandboxLimits:
        """Sandbox limits of one candidate run."""
        return SandboxLimits(timeout_s=float(self.call_s), mem_mb=int(self.mem_mb))

    def least_evaluation_s(self) -> float:
        """What one evaluation needs at the very least: a run, a compile and a case (evaluation_s must exceed it)."""
        return float(self.call_s + self.compile_s + self.case_s)


@dataclass(frozen=True)
class Task:
    """The task an evaluator judges for: its id, its (materialized) folder, its limits and its parameters.

    `params` is task.yaml's `params:` mapping: what makes this member of a task family differ from the others
    (sizes, instance kinds, constraints), so one family evaluator serves every member.
    """

    id: str
    dir: Path
    limits: TaskLimits = field(default_factory=TaskLimits)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        """The data `data.py` generated for this copy (absent for a task without data.py)."""
        return self.dir / DATA_DIRNAME
