"""Start a confined candidate under a supervisor, watch it, and always kill everything it started.

Output goes to files (not pipes) in the parent's own temp dir, so a daemon that keeps the write end open
cannot hang the parent, and the child cannot fill memory: the file-size rlimit caps each stream and only
the tail is read back. Each run gets its own cgroups (`cgroups.py`) and, as root, its own uid (`fences.py`),
which owns the scratch dir. A watchdog polls the process tree and the scratch dir and stops the run with a
one-line reason when it breaks a shared limit: the memory cgroup killed inside it, or more resident memory
than `mem_mb` summed over all processes (plus anonymous files held, where there is no memory cgroup); more
than `max_procs` processes; more than `max_disk_mb` in the scratch dir, counting files deleted while still
open, or more than `max_files` entries there.
"""
from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from eft.sandbox import fences
from eft.sandbox.cgroups import RunCgroup
from eft.sandbox.cleanup import remove_tree
from eft.sandbox.limits import SAFE_DEVICES, SandboxLimits, read_paths, rlimits
from eft.sandbox.tree import ProcInfo, descendants, dir_usage, held_deleted_files, sweep

SUPERVISOR = Path(__file__).with_name("supervisor.py")
WATCH_INTERVAL_S = 0.05
START_FAILED = 126  # the supervisor's exit code when confining or exec'ing the command failed
DISK_INTERVAL_S = 0.25


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
        remove_tree(path)  # whatever the candidate built in it: never raises, warns if anything is left


def sandbox_env(scratch: Path, extra: Mapping[str, str] | None) -> dict[str, str]:
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
    }
    env.update(extra or {})
    return env


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


class Confined:
    """One supervised, confined process tree; use as a context manager so the sweep always runs."""

    def __init__(self, argv: Sequence[str], scratch: Path, limits: SandboxLimits, *, stdin, stdout, stderr,
                 env: Mapping[str, str] | None = None, readable: Iterable[str | os.PathLike] = (),
                 gpu: bool = False, child_fds: Sequence[int] = ()):
        self.limits, self.scratch = limits, Path(scratch)
        self.fences, self.gpu = "", gpu
        plan = fences.plan()
        self.uid = fences.run_uid() if plan.uid_drop else None
        if self.uid is not None:  # the run's own uid owns its scratch dir (root removes it afterwards)
            os.chown(self.scratch, self.uid, self.uid)
        self.cgroup = RunCgroup.create(limits.mem_mb, limits.max_procs)
        self._policy_dir = tempfile.mkdtemp(prefix="eft-policy-")
        staging = Path(self._policy_dir) / "staging"  # copies of files the uid may read but not reach
        policy = {
            "rlimits": rlimits(limits, own_uid=self.uid is not None),
            "cgroups": self.cgroup.procs_files,
            "cgroup_note": self.cgroup.describe(),
            "read": read_paths(readable, gpu),
            "write": [str(self.scratch.resolve())],
            "devices": ["/dev"] if gpu else list(SAFE_DEVICES),
            "gpu": gpu,
            "child_fds": list(child_fds),
            "uid": self.uid,
            "namespaces": plan.namespaces,
            "staging": str(staging),
            "report": str(Path(self._policy_dir) / "fences"),
        }
        policy_path = Path(self._policy_dir) / "policy.json"
        try:
            staging.mkdir()
            policy_path.write_text(json.dumps(policy), encoding="utf-8")
        except OSError:
            self.cgroup.remove()
            shutil.rmtree(self._policy_dir, ignore_errors=True)
            raise
        status_r, status_w = os.pipe()
        self._status = os.fdopen(status_r, "rb", buffering=0)
        argv = [sys.executable, "-I", "-S", str(SUPERVISOR), str(policy_path), str(status_w), "--", *argv]
        try:
            self.proc = subprocess.Popen(argv, cwd=scratch, stdin=stdin, stdout=stdout, stderr=stderr,
                                         env=sandbox_env(self.scratch, env), start_new_session=True,
                                         pass_fds=(status_w, *child_fds), close_fds=True)
        except OSError:
            self._cleanup()
            raise
        finally:
            os.close(status_w)
        self.returncode: int | None = None
        self.started = time.perf_counter()
        self._next_disk_check = 0.0
        self._held_memory = 0  # anonymous files the tree holds, found by the disk check (no memory cgroup)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def status_fd(self) -> int:
        return self._status.fileno()

    def read_exit(self) -> int | None:
        """Collect the candidate's exit code once the supervisor reported it (call when status_fd is ready)."""
        data = self._status.read()
        if data:
            self.returncode = int(data.split()[0])
        elif self.proc.poll() is not None and self.returncode is None:
            self.returncode = self.proc.returncode  # the supervisor itself died
        return self.returncode

    def wait_exit(self, timeout: float) -> int | None:
        ready, _, _ = select.select([self._status], [], [], max(timeout, 0.0))
        return self.read_exit() if ready else None

    def violation(self) -> str | None:
        """A one-line reason if the tree broke a shared limit (memory, processes, scratch disk)."""
        limit = self.limits.mem_mb
        if self.cgroup.oom_kills():
            return f"memory limit exceeded: the run's memory cgroup reached {limit} MB"
        procs = descendants(self.proc.pid)
        rss = sum(info.rss_bytes for info in procs) + self._held_memory
        if rss > limit << 20:
            return f"memory limit exceeded: {rss >> 20} MB resident (limit {limit} MB)"
        if len(procs) > self.limits.max_procs:
            return f"process limit exceeded: {len(procs)} processes (limit {self.limits.max_procs})"
        now = time.perf_counter()
        if now >= self._next_disk_check:
            self._next_disk_check = now + DISK_INTERVAL_S
            return self._disk_violation(procs)
        return None

    def _disk_violation(self, procs: list[ProcInfo]) -> str | None:
        cap = self.limits.max_disk_mb << 20
        held_disk, held_memory = held_deleted_files(procs)
        self._held_memory = 0 if self.cgroup.memory else held_memory  # a memory cgroup charges it already
        used, entries = dir_usage(self.scratch, cap - held_disk, self.limits.max_files)
        if entries > self.limits.max_files:
            return f"disk limit exceeded: more than {self.limits.max_files} files in scratch"
        if used + held_disk > cap:
            deleted = f", {held_disk >> 20} MB of it deleted but open" if held_disk else ""
            return (f"disk limit exceeded: {(used + held_disk) >> 20} MB in scratch{deleted} "
                    f"(limit {self.limits.max_disk_mb} MB)")
        return None

    def exit_reason(self, returncode: int) -> str | None:
        """One line for how the candidate ended: a kill by the memory cgroup is named as such."""
        if returncode < 0 and self.cgroup.oom_kills():
            return f"memory limit exceeded: the run's memory cgroup reached {self.limits.mem_mb} MB"
        return exit_error(returncode)

    def stop(self) -> None:
        """Kill every descendant, then the supervisor; remove the cgroup and policy."""
        sweep(self.proc.pid, self.cgroup)
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        self.proc.wait()
        sweep(self.proc.pid, self.cgroup)  # anything re-parented to init while the supervisor died
        self._cleanup()

    def _cleanup(self) -> None:
        self._status.close()
        self.cgroup.remove()
        with contextlib.suppress(OSError):
            self.fences = (Path(self._policy_dir) / "fences").read_text(encoding="utf-8").strip()
            fences.seen(self.fences, gpu=self.gpu)
        shutil.rmtree(self._policy_dir, ignore_errors=True)


def supervise(box: Confined, deadline: float) -> tuple[bool, str | None]:
    """Wait for the candidate to exit; (timed_out, violation) when it did not exit cleanly in time."""
    while box.returncode is None:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return True, None
        if box.wait_exit(min(WATCH_INTERVAL_S, remaining)) is None and (reason := box.violation()):
            return False, reason
    return False, None


def start_failure(stderr: str) -> str | None:
    """The supervisor's one-line report when the command could not be exec'd."""
    prefix = "sandbox: could not start"
    return next((ln[len("sandbox: "):] for ln in stderr.splitlines() if ln.startswith(prefix)), None)


def tail(path: Path, max_bytes: int) -> tuple[str, bool]:
    """Last `max_bytes` of a file as text, and whether anything was cut."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - max_bytes))
        data = fh.read()
    return data.decode("utf-8", errors="replace"), size > max_bytes


def run_command(
    argv: Sequence[str],
    cwd: str | os.PathLike,
    limits: SandboxLimits,
    stdin_text: str | None = None,
    env: Mapping[str, str] | None = None,
    readable: Iterable[str | os.PathLike] = (),
    gpu: bool = False,
) -> CommandResult:
    """Run argv confined to `cwd` (its scratch dir) under `limits`; everything it started is killed after."""
    with tempfile.TemporaryDirectory(prefix="eft-capture-") as capture:
        out_path, err_path, in_path = (Path(capture) / n for n in ("stdout", "stderr", "stdin"))
        in_path.write_text(stdin_text or "", encoding="utf-8")
        start = time.perf_counter()
        with open(in_path, "rb") as fin, open(out_path, "wb") as fout, open(err_path, "wb") as ferr:
            try:
                box = Confined(argv, Path(cwd), limits, stdin=fin, stdout=fout, stderr=ferr, env=env,
                               readable=readable, gpu=gpu)
            except OSError as exc:
                return CommandResult(None, "", "", False, 0.0, f"could not start: {exc.strerror or exc}")
            with box:
                timed_out, violation = supervise(box, start + limits.timeout_s)
        wall = time.perf_counter() - start
        stdout, cap_out = tail(out_path, limits.max_output_bytes)
        stderr, cap_err = tail(err_path, limits.max_output_bytes)
    if timed_out:
        error = f"timeout after {limits.timeout_s:g}s"
    else:
        error = violation or box.exit_reason(box.returncode)
    if box.returncode == START_FAILED and (line := start_failure(stderr)):
        error = line
    return CommandResult(box.returncode, stdout, stderr, timed_out, wall, error, cap_out or cap_err)
