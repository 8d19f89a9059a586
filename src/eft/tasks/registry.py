"""`TaskSpec` read from a task folder's task.yaml, and discovery of the folders under `tasks/`."""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from eft.errors import EftError
from eft.paths import TASKS_DIR

DOMAINS = (
    "competitive_programming", "numerical", "symreg_physics", "heuristic", "math", "symreg_biology",
    "symreg_chemistry", "gpu_kernel", "scrna", "constructive", "systems",
)
ENUMS = {"direction": ("higher", "lower"), "language": ("python", "cpp"), "split": ("train", "heldout"),
         "domain": DOMAINS}
# field -> accepted types; reference values may be null where no number is known
REQUIRED = {"id": str, "name": str, "domain": str, "direction": str, "metric": str, "language": str,
            "split": str, "requires_gpu": bool, "reference": dict, "data_seed": int}
NUMBER = (int, float)


@dataclass(frozen=True)
class TaskSpec:
    """One task as described by its task.yaml, plus the folder it lives in."""

    id: str
    name: str
    domain: str
    direction: str
    metric: str
    language: str
    split: str
    requires_gpu: bool
    reference_initial: float | None
    reference_best_known: float | None
    data_seed: int
    path: Path
    timeout_s: float | None = None

    @property
    def initial_program(self) -> Path:
        return self.path / ("initial_program.cpp" if self.language == "cpp" else "initial_program.py")

    @property
    def evaluator(self) -> Path:
        return self.path / "evaluator.py"


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; a syntax error becomes a one-line EftError naming the file and line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise EftError(f"{path}:{where} malformed YAML ({problem})") from None
    except OSError as exc:
        raise EftError(f"{path}: cannot read ({exc.strerror})") from None


def spec_problems(data: Any) -> list[str]:
    """Field/type/enum problems of a parsed task.yaml (empty list = valid)."""
    if not isinstance(data, dict):
        return ["task.yaml is not a mapping"]
    problems = []
    for key, kind in REQUIRED.items():
        value = data.get(key)
        if key not in data:
            problems.append(f"task.yaml: missing field '{key}'")
        elif not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(f"task.yaml: '{key}' must be {kind.__name__}, got {type(value).__name__}")
        elif key in ENUMS and value not in ENUMS[key]:
            problems.append(f"task.yaml: '{key}' is '{value}', expected one of {'|'.join(ENUMS[key])}")
    reference = data.get("reference")
    if isinstance(reference, dict):
        for key in ("initial", "best_known"):
            value = reference.get(key)
            if key not in reference:
                problems.append(f"task.yaml: missing field 'reference.{key}'")
            elif value is not None and (not isinstance(value, NUMBER) or isinstance(value, bool)):
                problems.append(f"task.yaml: 'reference.{key}' must be a number or null")
    timeout = data.get("timeout_s")
    if timeout is not None and (not isinstance(timeout, NUMBER) or isinstance(timeout, bool) or timeout <= 0):
        problems.append("task.yaml: 'timeout_s' must be a positive number")
    return problems


def load_spec(task_dir: Path) -> TaskSpec:
    """Read `task_dir/task.yaml` into a TaskSpec; any problem raises a one-line EftError."""
    task_dir = Path(task_dir)
    data = read_yaml(task_dir / "task.yaml")
    problems = spec_problems(data)
    if problems:
        raise EftError(f"{task_dir.name}: {problems[0]}")
    ref = data["reference"]
    return TaskSpec(
        id=data["id"], name=data["name"], domain=data["domain"], direction=data["direction"],
        metric=data["metric"], language=data["language"], split=data["split"],
        requires_gpu=data["requires_gpu"], reference_initial=ref["initial"],
        reference_best_known=ref["best_known"], data_seed=data["data_seed"], path=task_dir,
        timeout_s=data.get("timeout_s"),
    )


def discover(tasks_dir: Path = TASKS_DIR) -> dict[str, TaskSpec]:
    """Every folder of `tasks_dir` holding a task.yaml, by id (folders without one are not tasks yet)."""
    specs = {}
    for task_dir in sorted(Path(tasks_dir).iterdir()):
        if task_dir.is_dir() and (task_dir / "task.yaml").is_file():
            spec = load_spec(task_dir)
            specs[spec.id] = spec
    return specs


def get(task_id: str, tasks_dir: Path = TASKS_DIR) -> TaskSpec:
    """The task `task_id` (its folder is `tasks_dir/task_id`)."""
    task_dir = Path(tasks_dir) / task_id
    if not (task_dir / "task.yaml").is_file():
        raise EftError(f"unknown task '{task_id}' (no {task_dir}/task.yaml)")
    return load_spec(task_dir)


def import_file(path: Path, name: str) -> ModuleType:
    """Import a trusted task file (evaluator.py, data.py) by path under a unique module name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_evaluator(task_id: str, tasks_dir: Path = TASKS_DIR) -> ModuleType:
    """The evaluator module of task `task_id`."""
    return import_file(get(task_id, tasks_dir).evaluator, f"_eft_evaluator_{task_id}")
