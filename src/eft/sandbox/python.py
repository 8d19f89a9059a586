"""`run_python`: call a function of an untrusted Python program in a sandboxed child, get JSON back."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from eft.sandbox.limits import SandboxLimits
from eft.sandbox.process import run_command, scratch_dir

RUNNER = Path(__file__).with_name("runner.py")


@dataclass
class PythonResult:
    """Outcome of `run_python`: one JSON value and one duration per completed call."""

    ok: bool
    values: list[Any] = field(default_factory=list)
    call_seconds: list[float] = field(default_factory=list)
    error: str | None = None
    wall_s: float = 0.0
    stdout_tail: str = ""
    stderr_tail: str = ""


def _read_result(path: Path, max_bytes: int) -> tuple[dict | None, str | None]:
    """Parse the runner's JSON file with a size cap; never unpickle or eval anything."""
    if not path.is_file():
        return None, "no output"
    if path.stat().st_size > max_bytes:
        return None, "output too large"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None, "malformed output"
    if not (isinstance(data, dict) and isinstance(data.get("values"), list)):
        return None, "malformed output"
    return data, None


def run_python(
    program_path: str | os.PathLike,
    function: str = "run",
    calls: Sequence[dict] = ({},),
    limits: SandboxLimits | None = None,
) -> PythonResult:
    """Import `program_path` in a fresh isolated Python child and call `function(**kwargs)` for each call."""
    limits = limits or SandboxLimits()
    max_bytes = limits.max_file_mb * 1024 * 1024
    with scratch_dir() as scratch:
        calls_path, out_path = scratch / ".eft_calls.json", scratch / ".eft_result.json"
        calls_path.write_text(json.dumps(list(calls)), encoding="utf-8")
        # -s -P -B instead of -I: -I's -E would also drop the PYTHONHASHSEED the sandbox sets
        argv = [sys.executable, "-s", "-P", "-B", str(RUNNER), str(Path(program_path).resolve()), function,
                str(calls_path), str(out_path), str(max_bytes)]
        cmd = run_command(argv, cwd=scratch, limits=limits)
        data, read_error = _read_result(out_path, max_bytes)
    values = data["values"] if data else []
    seconds = [float(s) for s in data.get("seconds", [])] if data else []
    if cmd.timed_out:
        error = cmd.error
    elif data and data.get("error"):
        error = str(data["error"])
    elif cmd.error:
        error = cmd.error
    else:
        error = read_error
    if error is None and len(values) != len(calls):
        error = "no output"
    return PythonResult(error is None, values, seconds, error, cmd.wall_s, cmd.stdout, cmd.stderr)
