"""Copy a task folder into an experiment's output dir and generate its data deterministically.

The copy is built in a sibling temp dir and renamed into place, with task.yaml written last, so a
`task.yaml` under the output dir always means a complete materialization.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from eft.tasks.data_access import DATA_DIRNAME, generate_data
from eft.tasks.registry import TaskSpec

SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "data", "task.yaml")


def derived_seed(experiment_seed: int, data_seed: int) -> int:
    """A 32-bit seed from (experiment seed, task data_seed), stable across Python versions and runs."""
    digest = hashlib.sha256(f"{experiment_seed}:{data_seed}".encode()).digest()
    return int.from_bytes(digest[:4], "little")


def materialize(spec: TaskSpec, out_dir: Path, experiment_seed: int) -> Path:
    """Write the task folder (+ data/ when it has a data.py) to `out_dir`; returns out_dir."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        shutil.copytree(spec.path, tmp, ignore=SKIP, dirs_exist_ok=True)
        seed = derived_seed(experiment_seed, spec.data_seed)
        if (tmp / "data.py").is_file():
            generate_data(tmp, tmp / DATA_DIRNAME, seed)
        info = {"task": spec.id, "experiment_seed": experiment_seed, "data_seed": spec.data_seed,
                "derived_seed": seed}
        (tmp / "materialize.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
        shutil.copy2(spec.path / "task.yaml", tmp / "task.yaml")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir
