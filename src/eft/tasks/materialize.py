"""Copy a task folder into an experiment's output dir and generate its data deterministically.

A member of a task family gets its family's folder first and its own files over it; the family statement's
`${name}` placeholders are filled from the member's `params`, and data.py receives them too. The copy is
then a complete OpenEvolve-style folder, whatever the raw member folder holds.

The copy is built in a sibling temp dir and renamed into place, with task.yaml written last, so a
`task.yaml` under the output dir always means a complete materialization. This is the only way a task
gets data: evaluators read `task.data_dir` of a materialized copy, so every score (the DAG's, the tests',
`eft tasks evaluate`'s and task.yaml's reference.initial) is measured on data made here.
"""
from __future__ import annotations

import inspect
import json
import shutil
import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eft.errors import EftError
from eft.io import atomic_dir
from eft.judge.task import DATA_DIRNAME
from eft.seeds import derive_seed
from eft.tasks.registry import TaskSpec, import_file

# caches and hidden files (.ruff_cache, editor swap files) are not part of a task
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*", DATA_DIRNAME, "task.yaml")


def data_seed(experiment_seed: int, task_data_seed: int) -> int:
    """The seed `data.py` gets: from the experiment seed and the task's `data_seed` (task.yaml)."""
    return derive_seed("data_seed", experiment_seed, task_data_seed)


def generate_data(task_dir: Path, out_dir: Path, seed: int, params: dict | None = None) -> None:
    """Import `task_dir/data.py` by path and call its `generate(out_dir, seed)`, or `generate(out_dir, seed,
    params)` where it takes the member's parameters (a family's generator)."""
    module = import_file(Path(task_dir) / "data.py", f"_eft_task_data_{Path(task_dir).name}")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    if len(inspect.signature(module.generate).parameters) == 3:
        module.generate(Path(out_dir), int(seed), dict(params or {}))
    else:
        module.generate(Path(out_dir), int(seed))


def fill_statement(text: str, params: dict, where: str) -> str:
    """config.yaml with `${name}` placeholders replaced by the member's params; a missing one is an error."""
    try:
        return string.Template(text).substitute({key: _plain(value) for key, value in params.items()})
    except KeyError as exc:
        raise EftError(f"{where}: config.yaml uses ${{{exc.args[0]}}}, which is not in the task's params") from None
    except ValueError as exc:
        raise EftError(f"{where}: config.yaml has a malformed placeholder ({exc}); write $$ for a dollar sign") from None


def _plain(value: object) -> str:
    """How a parameter reads in a statement: lists as `a, b, c`, everything else as str()."""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)


def copy_sources(spec: TaskSpec, dest: Path) -> None:
    """The raw task's files into `dest`: its family folder, then its own files over it, config.yaml filled."""
    family = spec.family_dir
    if family is not None:
        shutil.copytree(family, dest, ignore=SKIP, dirs_exist_ok=True)
    shutil.copytree(spec.path, dest, ignore=SKIP, dirs_exist_ok=True)
    config = dest / "config.yaml"
    if family is not None and config.is_file():
        config.write_text(fill_statement(config.read_text(encoding="utf-8"), spec.params, spec.id), encoding="utf-8")


def materialize(spec: TaskSpec, out_dir: Path, experiment_seed: int) -> Path:
    """Write the task folder (+ data/ when it has a data.py) to `out_dir`; returns out_dir."""
    with atomic_dir(out_dir) as tmp:
        copy_sources(spec, tmp)
        seed = data_seed(experiment_seed, spec.data_seed)
        if (tmp / "data.py").is_file():
            generate_data(tmp, tmp / DATA_DIRNAME, seed, spec.params)
        info = {"task": spec.id, "experiment_seed": experiment_seed, "data_seed": spec.data_seed,
                "derived_seed": seed}
        (tmp / "materialize.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
        shutil.copy2(spec.path / "task.yaml", tmp / "task.yaml")
    return Path(out_dir)


@contextmanager
def materialized(spec: TaskSpec, experiment_seed: int = 0) -> Iterator[Path]:
    """A materialized copy of the task in a temp dir (removed afterwards), as the DAG would make it."""
    with tempfile.TemporaryDirectory(prefix=f"eft-task-{spec.id}-") as tmp:
        yield materialize(spec, Path(tmp) / spec.id, experiment_seed)
