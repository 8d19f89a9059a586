"""A manifest of materialized task folders: their identity and a sha256 of every file they hold."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from eft.io import file_hashes
from eft.tasks.registry import load_spec


def build_manifest(task_dirs: Iterable[Path]) -> dict:
    """{"tasks": [...]} sorted by id, one entry per task folder."""
    entries = []
    for task_dir in task_dirs:
        spec = load_spec(Path(task_dir))
        entries.append({"id": spec.id, "domain": spec.domain, "split": spec.split,
                        "direction": spec.direction, "metric": spec.metric, "language": spec.language,
                        "requires_gpu": spec.requires_gpu, "files": file_hashes(spec.path)})
    return {"tasks": sorted(entries, key=lambda e: e["id"])}
