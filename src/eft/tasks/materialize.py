"""Copy a task folder into an experiment's output dir and generate its data deterministically.

The copy is built in a sibling temp dir and renamed into place, with task.yaml written last, so a
`task.yaml` under the output dir always means a complete materialization.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from eft.io import atomic_dir
from eft.tasks.data_access import DATA_DIRNAME, generate_data
from eft.tasks.registry import TaskSpec

SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "data", "task.yaml")


def derived_seed(experiment_seed: int, data_seed: int) -> int:
    """A 32-bit seed from (experiment seed, task data_seed), stable across Python versions and runs."""
    digest = hashlib.sha256(f"{experiment_seed}:{data_seed}".encode()).digest()
    return int.from_bytes(digest[:4], "little")


def materialize(spec: TaskSpec, out_dir: Path, experiment_seed: int) -> Path:
    """Write the task folder (+ data/ when it has a data.py) to `out_dir`; returns out_dir."""
    with atomic_dir(out_dir) as tmp:
        shutil.copytree(spec.path, tmp, ignore=SKIP, dirs_exist_ok=True)
        seed = derived_seed(experiment_seed, spec.data_seed)
        if (tmp / "data.py").is_file():
            generate_data(tmp, tmp / DATA_DIRNAME, seed)
        info = {"task": spec.id, "experiment_seed": experiment_seed, "data_seed": spec.data_seed,
                "derived_seed": seed}
        (tmp / "materialize.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
        shutil.copy2(spec.path / "task.yaml", tmp / "task.yaml")
    return Path(out_dir)
