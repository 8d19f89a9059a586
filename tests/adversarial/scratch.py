"""For the cleanup attacks: record every scratch dir an evaluation makes, then check that none is left.

`scratch_dir()` makes its dirs with `tempfile.mkdtemp(prefix="eft-sandbox-")`; recording that call in the
test's own process names exactly this evaluation's dirs (other evaluations may run on the machine at the
same time, so a glob of /tmp could not tell them apart).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

PREFIX = "eft-sandbox-"


def watch_scratch(monkeypatch) -> list[Path]:
    """The list that will hold every scratch dir made from now on in this process."""
    made: list[Path] = []
    real = tempfile.mkdtemp

    def recording(*args, **kwargs):
        path = real(*args, **kwargs)
        if Path(path).name.startswith(PREFIX):
            made.append(Path(path))
        return path

    monkeypatch.setattr(tempfile, "mkdtemp", recording)
    return made


def assert_scratch_gone(made: list[Path]) -> None:
    assert made, "the evaluation made no scratch dir"
    left = [p for p in made if os.path.lexists(p)]
    assert not left, f"scratch dirs left behind: {left}"


def sentinel_dir(root: Path) -> Path:
    """A folder outside the sandbox that an attack links to; cleanup must not follow the link into it."""
    folder = root / "sentinel"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "keep.txt").write_text("keep")
    return folder


def assert_sentinel_intact(folder: Path) -> None:
    assert (folder / "inner" / "keep.txt").read_text() == "keep"
