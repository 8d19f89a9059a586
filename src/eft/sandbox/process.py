"""Run one command in a killable, resource-limited process group with captured, capped output.

Output goes to files (not pipes) in the parent's own temp dir, so a daemon that keeps the write end open
cannot hang the parent, and the child cannot fill memory: the file-size rlimit caps each stream and only
the tail is read back.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping, Sequence

from eft.sandbox.limits import SandboxLimits, make_preexec

MARKER_VAR = "EFT_SANDBOX_ID"


@dataclass
class CommandResult:
    """What a sandboxed command did; `error` is a one-line reason or None when it exited 0."""

    returncode: int | None
    stdout: str
    stderr: str
    timed_out: bool
    wall_s: float
    error: str | None
    output_capped: bool = False


@contextlib.contextmanager
def scratch_dir() -> Iterator[Path]:
    """A fresh private temp dir, removed with everything in it afterwards."""
    path = Path(tempfile.mkdtemp(prefix="eft-sandbox-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def sandbox_env(scratch: Path, extra: Mapping[str, str] | None, marker: str) -> dict[str, str]:
    """A minimal environment: no inherited secrets, deterministic hashing, single-threaded BLAS."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(scratch),
        "TMPDIR": str(scratch),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        MARKER_VAR: marker,
    }
    env.update(extra or {})
    return env


def _sweep(pgid: int, marker: str) -> None:
    """SIGKILL the process group, then any process still carrying this run's marker (setsid escapees)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    needle = f"{MARKER_VAR}={marker}".encode()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as fh:
                if needle in fh.read().split(b"\0"):
                    os.kill(int(entry.name), signal.SIGKILL)
        except (OSError, ValueError):
            continue


def _tail(path: Path, max_bytes: int) -> tuple[str, bool]:
    """Last `max_bytes` of a file as text, and whether anything was cut."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - max_bytes))
        data = fh.read()
    return data.decode("utf-8", errors="replace"), size > max_bytes


def exit_error(returncode: int) -> str | None:
    """One line for a non-zero exit status; negative codes are signals."""
    if returncode == 0:
        return None
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"killed by signal {name}"
    return f"exit code {returncode}"


def run_command(
    argv: Sequence[str],
    cwd: str | os.PathLike,
    limits: SandboxLimits,
    stdin_text: str | None = None,
    env: Mapping[str, str] | None = None,
) -> CommandResult:
    """Run argv in its own session under `limits`; the whole group is killed on timeout and at exit."""
    marker = uuid.uuid4().hex
    with tempfile.TemporaryDirectory(prefix="eft-capture-") as capture:
        out_path, err_path, in_path = (Path(capture) / n for n in ("stdout", "stderr", "stdin"))
        in_path.write_text(stdin_text or "", encoding="utf-8")
        start = time.perf_counter()
        with open(in_path, "rb") as fin, open(out_path, "wb") as fout, open(err_path, "wb") as ferr:
            try:
                proc = subprocess.Popen(
                    list(argv), cwd=cwd, stdin=fin, stdout=fout, stderr=ferr,
                    env=sandbox_env(Path(cwd), env, marker), start_new_session=True,
                    preexec_fn=make_preexec(limits), close_fds=True,
                )
            except OSError as exc:
                return CommandResult(None, "", "", False, 0.0, f"could not start: {exc.strerror or exc}")
            timed_out = False
            try:
                proc.wait(timeout=limits.timeout_s)
            except subprocess.TimeoutExpired:
                timed_out = True
            _sweep(proc.pid, marker)
            proc.wait()
        wall = time.perf_counter() - start
        stdout, cap_out = _tail(out_path, limits.max_output_bytes)
        stderr, cap_err = _tail(err_path, limits.max_output_bytes)
    error = f"timeout after {limits.timeout_s:g}s" if timed_out else exit_error(proc.returncode)
    return CommandResult(proc.returncode, stdout, stderr, timed_out, wall, error, cap_out or cap_err)
