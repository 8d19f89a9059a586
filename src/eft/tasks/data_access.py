"""Where an evaluator finds its task's generated data.

`eft tasks materialize` runs a task's `data.py` into `<task copy>/data/`. A raw `tasks/<id>/` folder has no
`data/`, so the evaluator falls back to generating the same files (seed = `task.yaml: data_seed`) into a
cache folder, keyed by the generator's source so an edited generator never serves stale files.
(`materialize` derives its seed from the experiment seed and data_seed, so scores measured on a raw folder,
like task.yaml's reference.initial, differ slightly from scores on a materialized copy.)
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from eft.tasks.registry import import_file, load_spec

DATA_DIRNAME = "data"
_TASKS_PKG = Path(__file__).resolve().parent


def generate_data(task_dir: Path, out_dir: Path, seed: int) -> None:
    """Import `task_dir/data.py` by path and call its `generate(out_dir, seed)`."""
    module = import_file(Path(task_dir) / "data.py", f"_eft_task_data_{Path(task_dir).name}")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    module.generate(Path(out_dir), int(seed))


def cache_root() -> Path:
    """`$EFT_CACHE_DIR`, else `$XDG_CACHE_HOME/eft`, else `~/.cache/eft`."""
    if os.environ.get("EFT_CACHE_DIR"):
        return Path(os.environ["EFT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eft"


def _generator_key(task_dir: Path, seed: int) -> str:
    """Hash of data.py, the eft.tasks helpers it may import, and the seed."""
    digest = hashlib.sha256(f"seed={seed}\n".encode())
    for path in [task_dir / "data.py", *sorted(_TASKS_PKG.glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def task_data_dir(task_dir: str | os.PathLike) -> Path:
    """The task's data folder: `task_dir/data` if materialized, else a generated cache folder."""
    task_dir = Path(task_dir).resolve()
    local = task_dir / DATA_DIRNAME
    if local.is_dir():
        return local
    seed = load_spec(task_dir).data_seed
    cached = cache_root() / "task-data" / f"{task_dir.name}-{_generator_key(task_dir, seed)}"
    if cached.is_dir():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{cached.name}.", dir=cached.parent))
    try:
        generate_data(task_dir, tmp, seed)
        os.rename(tmp, cached)  # atomic; fails if a concurrent evaluator won the race
    except OSError:
        if not cached.is_dir():
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return cached
