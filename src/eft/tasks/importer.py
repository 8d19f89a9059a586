"""`eft tasks import`: register a folder in OpenEvolve's layout (initial program, `evaluate(program_path)`
evaluator, config.yaml) as a task of this suite, so it runs through the same sandbox, proofs and DAG.

The folder is kept whole under `original/` (its evaluator may read files beside it); the task gets an
evaluator that runs the original one confined (`eft.judge.openevolve`), config.yaml reduced to the statement
(the search settings come from conf/, never from a task), and a task.yaml whose `reference.initial` is the seed
measured here. Everything is built beside the suite and renamed into place only once it validates.
"""
from __future__ import annotations

import ast
import re
import shutil
import tempfile
from pathlib import Path

import yaml

from eft.errors import EftError
from eft.evolve_block import END, START, marker_line
from eft.judge.openevolve import ORIGINAL_DIRNAME
from eft.tasks.materialize import materialized
from eft.tasks.registry import DOMAINS, discover, load_evaluator, load_spec, read_yaml
from eft.tasks.validate import validate_task

LANGUAGES = {".py": "python", ".cpp": "cpp"}
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".git", "openevolve_output*")
IMPORTED_DATA_SEEDS = 90000  # data seeds of imported tasks start here, clear of the suite's own
ADAPTER = '''"""Imported by `eft tasks import` from {source}: the folder's own evaluator ({original}/evaluator.py),
run confined by eft.judge.openevolve."""
from eft.judge.openevolve import evaluate_openevolve


def evaluate(program_path, task):
    return evaluate_openevolve(program_path, task)
'''


def task_id_for(folder: Path) -> str:
    """A valid task id from a folder name: lowercase, runs of other characters as one underscore."""
    return re.sub(r"[^a-z0-9]+", "_", folder.name.lower()).strip("_") or "imported"


def _seed_program(source: Path) -> Path:
    found = [p for p in sorted(source.glob("initial_program.*")) if p.suffix in LANGUAGES]
    if len(found) != 1:
        raise EftError(f"{source}: expected one initial_program.py or initial_program.cpp, found "
                       f"{len(found) or 'none'}")
    program = found[0]
    language = LANGUAGES[program.suffix]
    lines = {line.strip() for line in program.read_text(encoding="utf-8").splitlines()}
    if not {marker_line(START, language), marker_line(END, language)} <= lines:
        raise EftError(f"{program}: no '{marker_line(START, language)}' / '{marker_line(END, language)}' lines: "
                       "mark the code the search may change")
    return program


def _check_evaluator(source: Path) -> None:
    path = source / "evaluator.py"
    if not path.is_file():
        raise EftError(f"{source}: no evaluator.py")
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError as exc:
        raise EftError(f"{path}: syntax error line {exc.lineno}: {exc.msg}") from None
    found = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "evaluate"]
    if not found or len(found[-1].args.args) + len(found[-1].args.posonlyargs) != 1:
        raise EftError(f"{path}: no top-level evaluate(program_path) (OpenEvolve's evaluator contract)")


def _statement(source: Path, statement: str | None) -> str:
    if statement:
        return statement
    config = source / "config.yaml"
    data = read_yaml(config) if config.is_file() else None
    message = (data.get("prompt") or {}).get("system_message") if isinstance(data, dict) else None
    if not (isinstance(message, str) and message.strip()):
        raise EftError(f"{source}: no prompt.system_message in config.yaml: pass --statement")
    return message


def import_folder(source: Path, tasks_dir: Path, domain: str, split: str, task_id: str | None = None,
                  metric: str = "combined_score", direction: str = "higher", family: str | None = None,
                  statement: str | None = None, call_s: float = 60.0) -> Path:
    """Build `tasks_dir/<id>/` from `source`, measure its seed, validate it; returns the new folder."""
    source, tasks_dir = Path(source).resolve(), Path(tasks_dir)
    if not source.is_dir():
        raise EftError(f"{source}: not a folder")
    if domain not in DOMAINS:
        raise EftError(f"--domain {domain!r}: expected one of {'|'.join(DOMAINS)}")
    if direction == "lower" and metric == "combined_score":
        raise EftError("--direction lower needs --metric: combined_score is always higher-is-better")
    task_id = task_id or task_id_for(source)
    if not re.fullmatch(r"[a-z0-9_]+", task_id):
        raise EftError(f"--id {task_id!r}: use lowercase letters, digits and _")
    final = tasks_dir / task_id
    if final.exists():
        raise EftError(f"{final} exists: choose another --id")
    program = _seed_program(source)
    _check_evaluator(source)
    text = _statement(source, statement)
    seeds = [spec.data_seed for spec in discover(tasks_dir).values()]
    data_seed = max([IMPORTED_DATA_SEEDS - 1, *seeds]) + 1
    with tempfile.TemporaryDirectory(prefix=".import-", dir=tasks_dir) as parent:
        tmp = Path(parent) / task_id  # named as the task, so it validates as the final folder will
        shutil.copytree(source, tmp / ORIGINAL_DIRNAME, ignore=IGNORE)
        shutil.copy2(program, tmp / program.name)
        (tmp / "evaluator.py").write_text(ADAPTER.format(source=source.name, original=ORIGINAL_DIRNAME))
        (tmp / "config.yaml").write_text(yaml.safe_dump({"prompt": {"system_message": text}}, sort_keys=False))
        spec = {"id": task_id, "name": f"{source.name} (imported OpenEvolve folder)", "domain": domain,
                "family": family or task_id, "direction": direction, "metric": metric,
                "language": LANGUAGES[program.suffix], "split": split, "requires_gpu": False,
                "reference": {"initial": None, "best_known": None}, "data_seed": data_seed,
                "params": {"metric": metric},
                "limits": {"call_s": call_s, "evaluation_s": max(600.0, call_s + 60.0)}}
        if metric == "combined_score":
            spec["combined_score"] = "combined_score"
        (tmp / "task.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
        problems = validate_task(tmp)
        if problems:
            raise EftError(problems[0])
        with materialized(load_spec(tmp)) as copy:
            result = load_evaluator(copy)(copy / program.name)
        if result.get("error"):
            raise EftError(f"{source}: the seed program does not score: {result['error']}")
        spec["reference"]["initial"] = result[metric]
        (tmp / "task.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
        tmp.rename(final)
    return final
