"""Check a task folder against the DESIGN.md contract; every problem is one line, never a traceback."""
from __future__ import annotations

import ast
from pathlib import Path

from eft.errors import EftError
from eft.tasks.registry import read_yaml, spec_problems

MARKER_PREFIX = {"python": "#", "cpp": "//"}


def _defines(path: Path, name: str) -> str | None:
    """None if `path` defines a top-level function `name`, else the problem."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        return f"{path.name}: syntax error line {exc.lineno}: {exc.msg}"
    if any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name
           for node in tree.body):
        return None
    return f"{path.name}: no top-level function {name}()"


def _marker_problems(path: Path, language: str) -> list[str]:
    prefix = MARKER_PREFIX[language]
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    starts = [i for i, line in enumerate(lines) if line == f"{prefix} EVOLVE-BLOCK-START"]
    ends = [i for i, line in enumerate(lines) if line == f"{prefix} EVOLVE-BLOCK-END"]
    if not starts or not ends:
        return [f"{path.name}: missing '{prefix} EVOLVE-BLOCK-START' / '{prefix} EVOLVE-BLOCK-END' markers"]
    if len(starts) != len(ends) or any(s >= e for s, e in zip(starts, ends)):
        return [f"{path.name}: EVOLVE-BLOCK markers are unbalanced or out of order"]
    return []


def _yaml_or_problem(path: Path) -> tuple[object, list[str]]:
    if not path.is_file():
        return None, [f"missing {path.name}"]
    try:
        return read_yaml(path), []
    except EftError as exc:
        return None, [f"{path.name}: {str(exc).split(': ', 1)[-1]}"]


def validate_task(task_dir: Path) -> list[str]:
    """Problems of one task folder, each prefixed with the folder name (empty list = valid)."""
    task_dir = Path(task_dir)
    problems: list[str] = []
    spec, found = _yaml_or_problem(task_dir / "task.yaml")
    problems += found
    if spec is not None:
        problems += spec_problems(spec)
        if isinstance(spec, dict) and spec.get("id") != task_dir.name:
            problems.append(f"task.yaml: id '{spec.get('id')}' differs from folder name")
    language = spec.get("language") if isinstance(spec, dict) else None
    if language in MARKER_PREFIX:
        program = task_dir / ("initial_program.cpp" if language == "cpp" else "initial_program.py")
        problems += _marker_problems(program, language) if program.is_file() else [f"missing {program.name}"]
    evaluator = task_dir / "evaluator.py"
    problems += [_defines(evaluator, "evaluate")] if evaluator.is_file() else ["missing evaluator.py"]
    if (task_dir / "data.py").is_file():
        problems.append(_defines(task_dir / "data.py", "generate"))
    config, found = _yaml_or_problem(task_dir / "config.yaml")
    problems += found
    if config is not None:
        prompt = config.get("prompt") if isinstance(config, dict) else None
        message = prompt.get("system_message") if isinstance(prompt, dict) else None
        if not (isinstance(message, str) and message.strip()):
            problems.append("config.yaml: prompt.system_message is missing or empty")
    return [f"{task_dir.name}: {p}" for p in problems if p]
