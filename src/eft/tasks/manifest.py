"""A manifest of materialized task folders: their identity and a sha256 of every file they hold."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from eft.tasks.registry import load_spec


def file_hashes(task_dir: Path) -> dict[str, str]:
    """sha256 of each file under `task_dir` by relative POSIX path (caches excluded)."""
    hashes = {}
    for path in sorted(Path(task_dir).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            hashes[path.relative_to(task_dir).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def build_manifest(task_dirs: Iterable[Path]) -> dict:
    """{"tasks": [...]} sorted by id, one entry per task folder."""
    entries = []
    for task_dir in task_dirs:
        spec = load_spec(Path(task_dir))
        entries.append({"id": spec.id, "domain": spec.domain, "split": spec.split,
                        "direction": spec.direction, "metric": spec.metric, "language": spec.language,
                        "requires_gpu": spec.requires_gpu, "files": file_hashes(spec.path)})
    return {"tasks": sorted(entries, key=lambda e: e["id"])}
