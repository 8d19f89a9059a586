"""`TaskSpec` read from a task folder's task.yaml, discovery of the folders under `tasks/`, and the
evaluator of a task folder bound to the `eft.judge.Task` it judges for."""
from __future__ import annotations

import importlib.util
import os
import re
import sys
import typing
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from eft.errors import EftError
from eft.judge import Task, TaskLimits
from eft.paths import TASKS_DIR
from eft.tasks.formula import formula_problems

DOMAINS = (
    "competitive_programming", "numerical", "symreg_physics", "heuristic", "math", "symreg_biology",
    "symreg_chemistry", "gpu_kernel", "scrna", "constructive", "systems",
)
ENUMS = {"direction": ("higher", "lower"), "language": ("python", "cpp"), "split": ("train", "heldout"),
         "domain": DOMAINS}
# field -> accepted types; reference values may be null where no number is known
REQUIRED = {"id": str, "name": str, "domain": str, "family": str, "direction": str, "metric": str,
            "language": str, "split": str, "requires_gpu": bool, "reference": dict, "data_seed": int}
# limits: a mapping of TaskLimits fields, each defaulting to TaskLimits'; combined_score: the expression over
# the evaluator's result keys that gives its combined_score (eft.tasks.formula), required for held-out tasks;
# params: what makes this member of its family differ from the others (eft.judge.Task.params)
OPTIONAL = ("limits", "combined_score", "params")
# shared folders of task families: tasks/_families/<family>/ (evaluator, data.py, seed, statement, proofs)
FAMILIES_DIRNAME = "_families"
# a family's members differ by parameters of one judge; more than this many are copies, not a suite
MAX_FAMILY_MEMBERS = 12
NUMBER = (int, float)
# libyaml's parser where PyYAML has it: the paper's DAG reads every task.yaml of the suite when it is built
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIMIT_TYPES = typing.get_type_hints(TaskLimits)  # limit name -> int | float


@dataclass(frozen=True)
class TaskSpec:
    """One task as described by its task.yaml, plus the folder it lives in."""

    id: str
    name: str
    domain: str
    family: str
    direction: str
    metric: str
    language: str
    split: str
    requires_gpu: bool
    reference_initial: float | None
    reference_best_known: float | None
    data_seed: int
    path: Path
    limits: TaskLimits = field(default_factory=TaskLimits)
    combined_formula: str | None = None
    # timing tasks: the largest relative deviation measured between evaluations of one program; None means
    # the metric is deterministic and repeated evaluations must agree exactly
    reference_spread: float | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def timed(self) -> bool:
        return self.reference_spread is not None

    @property
    def initial_program(self) -> Path:
        return self.path / ("initial_program.cpp" if self.language == "cpp" else "initial_program.py")

    @property
    def evaluator(self) -> Path:
        return self.path / "evaluator.py"

    @property
    def family_dir(self) -> Path | None:
        """The shared folder of the task's family (`tasks/_families/<family>/`), if it has one.

        A member folder may hold only task.yaml: materialization copies the family folder, then the member's
        own files over it, so one fix of a family's judge reaches every member.
        """
        folder = self.path.parent / FAMILIES_DIRNAME / self.family
        return folder if folder.is_dir() else None

    def source_file(self, name: str) -> Path | None:
        """Where the raw task's file `name` comes from: the member folder, else the family folder."""
        for folder in (self.path, self.family_dir):
            if folder is not None and (folder / name).exists():
                return folder / name
        return None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; a syntax error becomes a one-line EftError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EftError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        pass
    try:  # only on an error: the pure-Python parser words its problems more helpfully than libyaml
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise EftError(f"{path}:{where} malformed YAML ({problem})") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, NUMBER) and not isinstance(value, bool)


def limit_problems(limits: Any) -> list[str]:
    """Problems of task.yaml's `limits:` mapping: unknown keys, wrong types, an evaluation_s too small."""
    if not isinstance(limits, dict):
        return [f"task.yaml: 'limits' must be a mapping, got {type(limits).__name__}"]
    problems = []
    for key, value in limits.items():
        if key not in LIMIT_TYPES:
            problems.append(f"task.yaml: unknown key 'limits.{key}' (expected one of {'|'.join(LIMIT_TYPES)})")
        elif LIMIT_TYPES[key] is int and not (isinstance(value, int) and not isinstance(value, bool) and value > 0):
            problems.append(f"task.yaml: 'limits.{key}' must be a positive integer, got {value!r}")
        elif not (_is_number(value) and value > 0):
            problems.append(f"task.yaml: 'limits.{key}' must be a positive number, got {value!r}")
    if not problems:
        resolved = TaskLimits(**limits)
        if resolved.evaluation_s <= resolved.least_evaluation_s():
            problems.append(f"task.yaml: 'limits.evaluation_s' ({resolved.evaluation_s:g}) must exceed "
                            f"call_s + compile_s + case_s ({resolved.least_evaluation_s():g})")
    return problems


def spec_problems(data: Any) -> list[str]:
    """Field/type/enum problems of a parsed task.yaml (empty list = valid)."""
    if not isinstance(data, dict):
        return ["task.yaml is not a mapping"]
    problems = [f"task.yaml: unknown field '{key}' (expected {'|'.join([*REQUIRED, *OPTIONAL])})"
                for key in data if key not in REQUIRED and key not in OPTIONAL]
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
            elif value is not None and not _is_number(value):
                problems.append(f"task.yaml: 'reference.{key}' must be a number or null")
        unknown = sorted(set(reference) - {"initial", "best_known", "spread"})
        if unknown:
            problems.append(f"task.yaml: unknown key 'reference.{unknown[0]}' (expected initial|best_known|spread)")
        spread = reference.get("spread")
        if "spread" in reference and not (_is_number(spread) and 0 <= spread < 1):
            problems.append(f"task.yaml: 'reference.spread' must be a number in [0, 1), got {spread!r}")
    if "combined_score" in data:
        problems += [f"task.yaml: 'combined_score' {p}" for p in formula_problems(data["combined_score"])]
    if "limits" in data:
        problems += limit_problems(data["limits"])
    if "params" in data and not isinstance(data["params"], dict):
        problems.append(f"task.yaml: 'params' must be a mapping, got {type(data['params']).__name__}")
    family = data.get("family")
    if isinstance(family, str) and not re.fullmatch(r"[a-z0-9_]+", family):
        problems.append(f"task.yaml: 'family' is '{family}', expected lowercase letters, digits and _")
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
        id=data["id"], name=data["name"], domain=data["domain"], family=data["family"],
        direction=data["direction"],
        metric=data["metric"], language=data["language"], split=data["split"],
        requires_gpu=data["requires_gpu"], reference_initial=ref["initial"],
        reference_best_known=ref["best_known"], data_seed=data["data_seed"], path=task_dir,
        limits=TaskLimits(**{key: LIMIT_TYPES[key](value) for key, value in data.get("limits", {}).items()}),
        combined_formula=data.get("combined_score"), reference_spread=ref.get("spread"),
        params=dict(data.get("params") or {}),
    )


def discover(tasks_dir: Path = TASKS_DIR, problems: list[str] | None = None) -> dict[str, TaskSpec]:
    """Every folder of `tasks_dir` holding a task.yaml, by id (folders without one are not tasks yet).

    A broken task.yaml raises, unless `problems` is given: then it is left out and its one-line reason
    appended there (the suite's statistics must not depend on every task being well-formed).
    """
    specs = {}
    for task_dir in sorted(Path(tasks_dir).iterdir()):
        if task_dir.is_dir() and not task_dir.name.startswith((".", "_")) and (task_dir / "task.yaml").is_file():
            try:
                spec = load_spec(task_dir)
            except EftError as exc:
                if problems is None:
                    raise
                problems.append(str(exc))
                continue
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
    # registered while it runs, as a normal import is: dataclasses and pickling look the module up by name
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def judge_task(spec: TaskSpec) -> Task:
    """The `eft.judge.Task` an evaluator receives; the folder must hold generated data if it has a data.py.

    Evaluators read data only from `task.data_dir`, so a raw `tasks/<id>/` folder with a data.py is refused
    here in one line instead of failing inside the evaluator.
    """
    task = Task(id=spec.id, dir=spec.path.resolve(), limits=spec.limits, params=spec.params)
    if (spec.path / "data.py").is_file() and not task.data_dir.is_dir():
        raise EftError(f"task {spec.id}: {spec.path} has a data.py but no data/: evaluate a materialized copy "
                       "(`eft tasks materialize`, `eft tasks evaluate`)")
    return task


@dataclass(frozen=True)
class LoadedEvaluator:
    """A task folder's evaluator module and the Task it judges for: calling it evaluates one program."""

    module: ModuleType
    task: Task

    def __call__(self, program_path: str | os.PathLike) -> Any:
        return self.module.evaluate(str(program_path), self.task)


def load_evaluator(task_dir: str | os.PathLike) -> LoadedEvaluator:
    """Read the folder's task.yaml once, build its Task and import its evaluator.py."""
    spec = load_spec(Path(task_dir))
    task = judge_task(spec)
    return LoadedEvaluator(import_file(spec.evaluator, f"_eft_evaluator_{spec.id}"), task)
