"""Atomic output writing (a file or folder appears under its final name only once it is complete), JSON and
JSON-lines reading, and content fingerprints of folders."""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temp path next to `path`; rename it over `path` only if the block succeeds."""
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        tmp_path.chmod(0o644)  # mkstemp makes it private; results are ordinary files
        os.replace(tmp_path, final)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temp dir beside `path`; on success replace `path` with it, on failure remove it."""
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        yield tmp
        tmp.chmod(0o755)  # mkdtemp makes it private; an output folder is ordinary output
        if final.exists():
            shutil.rmtree(final)
        tmp.rename(final)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | os.PathLike, obj: Any) -> None:
    """Sorted keys and a trailing newline so identical content gives identical bytes."""
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=_json_default) + "\n")


def _json_default(obj: Any) -> Any:
    if hasattr(obj, "tolist"):
        return obj.tolist()
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def read_json(path: str | os.PathLike) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def read_jsonl(path: str | os.PathLike, torn_tail_ok: bool = False) -> Iterator[tuple[int, Any]]:
    """(line number, record) of every non-blank line of a JSON-lines file (gzipped if it ends in .gz). A line
    that is not JSON is a one-line error, or with `torn_tail_ok` (a file a killed writer may have cut off)
    skipped."""
    from eft.errors import EftError

    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                if not torn_tail_ok:
                    raise EftError(f"{path}:{number}: invalid JSON ({exc.msg})") from None


def write_jsonl(path: str | os.PathLike, records: Iterable[Any]) -> None:
    atomic_write_text(path, "".join(json.dumps(r) + "\n" for r in records))


def file_hashes(root: str | os.PathLike) -> dict[str, str]:
    """sha256 (hex) of every file under `root` by relative POSIX path, sorted ("." for a single file);
    bytecode caches left out."""
    root = Path(root)
    files = [root] if root.is_file() else sorted(
        p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    hashes = {}
    for path in files:
        with path.open("rb") as handle:
            hashes[path.relative_to(root).as_posix()] = hashlib.file_digest(handle, "sha256").hexdigest()
    return hashes


def fingerprint(*paths: str | os.PathLike) -> str:
    """One sha256 over the relative paths and contents of every file under `paths` (files or folders), so
    resumable state is reused only with inputs of the same content."""
    digest = hashlib.sha256()
    for root in paths:
        for rel, content in file_hashes(root).items():
            digest.update(rel.encode("utf-8") + b"\0" + bytes.fromhex(content))
    return digest.hexdigest()
