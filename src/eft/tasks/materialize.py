"""Copy a task folder into an experiment's output dir and generate its data deterministically.

The copy is built in a sibling temp dir and renamed into place, with task.yaml written last, so a
`task.yaml` under the output dir always means a complete materialization. This is the only way a task
gets data: evaluators read `task.data_dir` of a materialized copy, so every score (the DAG's, the tests',
`eft tasks evaluate`'s and task.yaml's reference.initial) is measured on data made here.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eft.io import atomic_dir
from eft.judge.task import DATA_DIRNAME
from eft.seeds import derive_seed
from eft.tasks.registry import TaskSpec, import_file

SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", DATA_DIRNAME, "task.yaml")


def data_seed(experiment_seed: int, task_data_seed: int) -> int:
    """The seed `data.py` gets: from the experiment seed and the task's `data_seed` (task.yaml)."""
    return derive_seed("data_seed", experiment_seed, task_data_seed)


def generate_data(task_dir: Path, out_dir: Path, seed: int) -> None:
    """Import `task_dir/data.py` by path and call its `generate(out_dir, seed)`."""
    module = import_file(Path(task_dir) / "data.py", f"_eft_task_data_{Path(task_dir).name}")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    module.generate(Path(out_dir), int(seed))


def materialize(spec: TaskSpec, out_dir: Path, experiment_seed: int) -> Path:
    """Write the task folder (+ data/ when it has a data.py) to `out_dir`; returns out_dir."""
    with atomic_dir(out_dir) as tmp:
        shutil.copytree(spec.path, tmp, ignore=SKIP, dirs_exist_ok=True)
        seed = data_seed(experiment_seed, spec.data_seed)
        if (tmp / "data.py").is_file():
            generate_data(tmp, tmp / DATA_DIRNAME, seed)
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
