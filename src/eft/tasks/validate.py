"""Check a task folder against the contract in tasks/README.md; every problem is one line, never a traceback."""
from __future__ import annotations

import ast
from pathlib import Path

from eft.errors import EftError
from eft.evolve_block import COMMENT, END, START, marker_line
from eft.tasks.materialize import fill_statement
from eft.tasks.registry import FAMILIES_DIRNAME, read_yaml, spec_problems

# what config.yaml may hold: the keys OpenEvolve's config is built from (eft.search.oe_config.task_statement)
CONFIG_KEYS = {"prompt": {"system_message"}}
# top-level functions and the positional parameters they may take (a family's data.py also gets params)
CONTRACT = {"evaluator.py": ("evaluate", [("program_path", "task")]),
            "data.py": ("generate", [("out_dir", "seed"), ("out_dir", "seed", "params")])}


def _defines(path: Path, name: str, shapes: list[tuple[str, ...]]) -> str | None:
    """None if `path` defines a top-level function `name` taking one of `shapes`' parameter counts."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        return f"{path.name}: syntax error line {exc.lineno}: {exc.msg}"
    found = [node for node in tree.body
             if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name]
    if not found:
        return f"{path.name}: no top-level function {name}()"
    args = found[-1].args
    count = len(args.posonlyargs) + len(args.args)
    if count not in [len(shape) for shape in shapes] or args.vararg or args.kwonlyargs:
        expected = " or ".join(f"{len(shape)} parameters ({', '.join(shape)})" for shape in shapes)
        return f"{path.name}: {name}() must take {expected}, it takes {count}"
    return None


def _config_problems(config: object) -> list[str]:
    """config.yaml holds prompt.system_message (non-empty) and nothing else."""
    if not isinstance(config, dict):
        return ["config.yaml: not a mapping"]
    unknown = [key for key in config if key not in CONFIG_KEYS]
    prompt = config.get("prompt")
    if isinstance(prompt, dict):
        unknown += [f"prompt.{key}" for key in prompt if key not in CONFIG_KEYS["prompt"]]
    if unknown:
        return [f"config.yaml: unknown key '{unknown[0]}' (only prompt.system_message is read)"]
    message = prompt.get("system_message") if isinstance(prompt, dict) else None
    if not (isinstance(message, str) and message.strip()):
        return ["config.yaml: prompt.system_message is missing or empty"]
    return []


def _marker_problems(path: Path, language: str) -> list[str]:
    start, end = marker_line(START, language), marker_line(END, language)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    starts = [i for i, line in enumerate(lines) if line == start]
    ends = [i for i, line in enumerate(lines) if line == end]
    if not starts or not ends:
        return [f"{path.name}: missing '{start}' / '{end}' markers"]
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


def _family_dir(task_dir: Path, family: object) -> Path | None:
    """The family folder a member draws its files from (None for a self-contained task)."""
    folder = task_dir.parent / FAMILIES_DIRNAME / family if isinstance(family, str) else None
    return folder if folder is not None and folder.is_dir() else None


def validate_task(task_dir: Path) -> list[str]:
    """Problems of one task folder, each prefixed with the folder name (empty list = valid).

    A member of a family is checked as materialization assembles it: each file from the member folder, else
    from the family folder, and the statement's placeholders against the member's params.
    """
    task_dir = Path(task_dir)
    problems: list[str] = []
    spec, found = _yaml_or_problem(task_dir / "task.yaml")
    problems += found
    data = spec if isinstance(spec, dict) else {}
    if spec is not None:
        problems += spec_problems(spec)
        if data and data.get("id") != task_dir.name:
            problems.append(f"task.yaml: id '{data.get('id')}' differs from folder name")
    family_dir = _family_dir(task_dir, data.get("family"))
    if family_dir is None and [p.name for p in task_dir.iterdir()] == ["task.yaml"]:
        problems.append(f"only a task.yaml, and its family '{data.get('family')}' has no folder "
                        f"{FAMILIES_DIRNAME}/{data.get('family')}/ to take the other files from")
        return [f"{task_dir.name}: {p}" for p in problems if p]

    def source(name: str) -> Path:
        own = task_dir / name
        return family_dir / name if family_dir is not None and not own.exists() else own

    language = data.get("language")
    if language in COMMENT:
        program = source("initial_program.cpp" if language == "cpp" else "initial_program.py")
        problems += _marker_problems(program, language) if program.is_file() else [f"missing {program.name}"]
    for filename, (function, shapes) in CONTRACT.items():
        path = source(filename)
        if path.is_file():
            problems.append(_defines(path, function, shapes))
        elif filename == "evaluator.py":
            problems.append("missing evaluator.py")
    config_path = source("config.yaml")
    config, found = _yaml_or_problem(config_path)
    problems += found
    if not found:
        problems += _config_problems(config)
    if not found and family_dir is not None and isinstance(data.get("params", {}), dict):
        try:
            fill_statement(config_path.read_text(encoding="utf-8"), data.get("params") or {}, "")
        except EftError as exc:
            problems.append(str(exc).lstrip(": "))
    return [f"{task_dir.name}: {p}" for p in problems if p]
