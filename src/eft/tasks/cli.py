"""`eft tasks list|validate|materialize|manifest|evaluate`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from eft.cfg_arg import cfg_object
from eft.errors import EftError
from eft.io import atomic_write_json
from eft.paths import TASKS_DIR
from eft.tasks.manifest import build_manifest
from eft.tasks.materialize import materialize, materialized
from eft.tasks.proofs import format_report, prove
from eft.tasks.registry import DOMAINS, discover, get, load_evaluator
from eft.tasks.validate import validate_task


def _cmd_list(args: argparse.Namespace) -> int:
    specs = [s for s in discover(args.tasks_dir).values()
             if (args.split is None or s.split == args.split) and (args.domain is None or s.domain == args.domain)]
    if args.json:
        rows = [{"id": s.id, "domain": s.domain, "split": s.split, "direction": s.direction,
                 "metric": s.metric, "language": s.language, "requires_gpu": s.requires_gpu} for s in specs]
        print(json.dumps(rows, indent=2))
    else:
        for s in specs:
            print(f"{s.id}\t{s.domain}\t{s.split}\t{s.direction}\t{s.metric}")
    return 0


def _validate_names(args: argparse.Namespace, root: Path) -> list[str]:
    """Task folders named by positional ids / --task, or every folder (filtered by --split) for --all/--split."""
    named = [*args.tasks, *(args.task or [])]
    if named and (args.all or args.split):
        raise EftError("name tasks or use --all/--split, not both")
    if named:
        return named
    folders = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if args.split is None:
        return folders
    specs = discover(root)
    return [name for name in folders if name in specs and specs[name].split == args.split]


def _cmd_validate(args: argparse.Namespace) -> int:
    """Structure of each folder (tasks/README.md), then, unless --structure-only, its proofs (eft.tasks.proofs)."""
    root = Path(args.tasks_dir)
    names = _validate_names(args, root)
    problems = []
    structured = []
    for name in names:
        task_dir = root / name
        found = validate_task(task_dir) if task_dir.is_dir() else [f"{name}: no folder {task_dir}"]
        problems += found
        if not found:
            structured.append(name)
        for line in found:
            print(line, flush=True)
    proven = skipped = 0
    if not args.structure_only:
        for name in structured:
            report = prove(get(name, root), args.seed)
            print(format_report(report), flush=True)
            problems += report.problems
            skipped += report.skipped is not None
            proven += report.ok and report.skipped is None
    summary = f"{len(names)} task(s) checked, {len(problems)} problem(s)"
    if not args.structure_only:
        summary += f", {proven} proven, {skipped} skipped"
    print(summary)
    return 1 if problems else 0


def _parse_cfg(text: str) -> dict:
    cfg = cfg_object(text)
    if not isinstance(cfg.get("seed"), int) or isinstance(cfg["seed"], bool):
        raise EftError('--cfg must be a JSON object with an integer "seed"')
    return cfg


def _cmd_materialize(args: argparse.Namespace) -> int:
    cfg = _parse_cfg(args.cfg)
    materialize(get(args.task, args.tasks_dir), Path(args.out_dir), cfg["seed"])
    return 0


def _cmd_manifest(args: argparse.Namespace) -> int:
    atomic_write_json(args.out, build_manifest(Path(d) for d in args.task_dirs))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    """Score one program on a fresh materialized copy of the task (what the DAG would measure)."""
    program = Path(args.program)
    if not program.is_file():
        raise EftError(f"--program: no file {program}")
    with materialized(get(args.task, args.tasks_dir), args.seed) as task_dir:
        metrics = load_evaluator(task_dir)(program.resolve())
    print(json.dumps(metrics, indent=2, sort_keys=True))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft tasks")
    parser.add_argument("--tasks-dir", default=str(TASKS_DIR), help="folder of task folders")
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("list", help="list tasks")
    p.add_argument("--split", choices=["train", "heldout"])
    p.add_argument("--domain", choices=DOMAINS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_list)
    p = sub.add_parser("validate", help="check task folders and run their proofs; exit 1 if any problem")
    p.add_argument("tasks", nargs="*", help="task ids (default: every folder)")
    p.add_argument("--task", action="append", help="a task id (repeatable; same as a positional id)")
    p.add_argument("--split", choices=["train", "heldout"], help="every task of this split")
    p.add_argument("--all", action="store_true", help="every task folder (the default when none is named)")
    p.add_argument("--structure-only", action="store_true", help="check the folders only, do not evaluate")
    p.add_argument("--seed", type=int, default=0, help="experiment seed of the materialized copies (default 0)")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("materialize", help="copy a task and generate its data")
    p.add_argument("--task", required=True)
    p.add_argument("--cfg", required=True, help='JSON object with at least {"seed": int}')
    p.add_argument("--out-dir", required=True)
    p.set_defaults(func=_cmd_materialize)
    p = sub.add_parser("manifest", help="write ids, metadata and file hashes of materialized tasks")
    p.add_argument("--task-dirs", nargs="+", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=_cmd_manifest)
    p = sub.add_parser("evaluate", help="score a program on the task materialized with an experiment seed")
    p.add_argument("--task", required=True)
    p.add_argument("--program", required=True, help="candidate file (e.g. the task's initial_program.py)")
    p.add_argument("--seed", type=int, default=0, help="experiment seed of the materialized copy (default 0)")
    p.set_defaults(func=_cmd_evaluate)
    args = parser.parse_args(argv)
    return args.func(args)
