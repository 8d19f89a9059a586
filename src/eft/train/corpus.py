"""Deterministic pretraining text: the training tasks' programs, then Python standard-library source.

The tiny base model must read and write Python before SFT can teach it to evolve programs; the stdlib is
the one large body of Python every machine has. Task programs come first so truncation never drops them.
"""
from __future__ import annotations

import sysconfig
from pathlib import Path

from eft.errors import EftError

EXCLUDED_DIRS = frozenset({
    "test", "tests", "site-packages", "dist-packages", "idlelib", "lib2to3", "turtledemo", "ensurepip",
    "tkinter", "__pycache__", "pydoc_data",
})


def stdlib_files(root: Path) -> list[Path]:
    """`.py` files under a stdlib dir, sorted by relative path (stable across runs)."""
    files = (p for p in root.rglob("*.py") if not EXCLUDED_DIRS.intersection(p.relative_to(root).parts[:-1]))
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def build_corpus(task_programs: list[str | Path], max_bytes: int, stdlib_root: Path | None = None) -> str:
    """Concatenate task programs (sorted) and stdlib files, each under a header, cut at `max_bytes` (UTF-8)."""
    root = Path(stdlib_root or sysconfig.get_paths()["stdlib"])
    missing = [str(p) for p in task_programs if not Path(p).is_file()]
    if missing:
        raise EftError(f"task program not found: {missing[0]}")
    named = [(_task_name(Path(p)), Path(p)) for p in sorted(map(str, task_programs))]
    named += [(p.relative_to(root).as_posix(), p) for p in stdlib_files(root)]
    parts, size = [], 0
    for name, path in named:
        chunk = f"# ---- {name} ----\n{path.read_text(encoding='utf-8', errors='replace')}\n".encode()
        parts.append(chunk)
        size += len(chunk)
        if size >= max_bytes:
            break
    return b"".join(parts)[:max_bytes].decode("utf-8", errors="ignore")


def _task_name(program: Path) -> str:
    """`<task_id>/<file>`: names the program without the checkout's absolute location."""
    program = program.resolve()
    return f"{program.parent.name}/{program.name}"
