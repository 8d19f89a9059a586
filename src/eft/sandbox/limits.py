"""Resource limits and the file-system view of one sandboxed run, turned into the supervisor's policy."""
from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import eft

SYSTEM_READ = ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc", "/opt")
SAFE_DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
GPU_READ = ("/sys", "/proc")  # the CUDA driver reads both; only the trusted GPU harness gets them


@dataclass(frozen=True)
class SandboxLimits:
    """Wall-clock, memory, process, output, file-size and scratch-disk caps for one sandboxed run.

    `max_files` caps the entries in the scratch dir, so the disk watchdog's scan of it stays short.
    """

    timeout_s: float = 10.0
    mem_mb: int = 2048
    max_procs: int = 64
    max_output_bytes: int = 1_000_000
    max_file_mb: int = 64
    max_disk_mb: int = 256
    max_open_files: int = 256
    max_files: int = 20_000


def _user_task_count(uid: int) -> int:
    """Threads currently owned by `uid`: RLIMIT_NPROC counts them all, not just the sandbox's."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
            if int(fields["Uid"].split()[0]) == uid:
                total += int(fields["Threads"])
        except (OSError, KeyError, ValueError):
            continue
    return total


def rlimits(limits: SandboxLimits, own_uid: bool = False) -> list[list]:
    """[[name, soft, hard]] for the child. CPU gets SIGXCPU at soft and SIGKILL one second later.

    RLIMIT_NPROC is per user: with `own_uid` (the run gets a fresh uid) it is max_procs; otherwise it is
    (the user's thread count + max_procs). The kernel never enforces it for uid 0, where the pids cgroup
    and the supervisor's sweep are the fences.
    """
    cpu = math.ceil(limits.timeout_s) + 1
    out = [
        ["RLIMIT_AS", limits.mem_mb << 20, limits.mem_mb << 20],
        ["RLIMIT_FSIZE", limits.max_file_mb << 20, limits.max_file_mb << 20],
        ["RLIMIT_CORE", 0, 0],
        ["RLIMIT_CPU", cpu, cpu + 1],
        ["RLIMIT_NOFILE", limits.max_open_files, limits.max_open_files],
    ]
    if own_uid:
        out.append(["RLIMIT_NPROC", limits.max_procs, limits.max_procs])
    elif os.getuid() != 0:
        nproc = _user_task_count(os.getuid()) + limits.max_procs
        out.append(["RLIMIT_NPROC", nproc, nproc])
    return out


def read_paths(extra: Iterable[str | os.PathLike] = (), gpu: bool = False) -> list[str]:
    """What a candidate may read: system dirs, this Python and its packages, eft's code, and `extra`.

    Task data, results, caches and home are not listed, so they stay unreadable.
    """
    paths = [*SYSTEM_READ, sys.prefix, sys.base_prefix, sys.exec_prefix,
             str(Path(sys.executable).resolve().parent), str(Path(eft.__file__).resolve().parents[1])]
    if gpu:
        paths += GPU_READ
    paths += [str(Path(p).resolve()) for p in extra]
    return sorted(set(paths))
