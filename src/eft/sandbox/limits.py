"""Resource limits for sandboxed children, applied in the child between fork and exec."""
from __future__ import annotations

import math
import os
import resource
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class SandboxLimits:
    """Wall-clock, memory, process, output and file-size caps for one sandboxed run."""

    timeout_s: float = 10.0
    mem_mb: int = 2048
    max_procs: int = 64
    max_output_bytes: int = 1_000_000
    max_file_mb: int = 64


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


def make_preexec(limits: SandboxLimits) -> Callable[[], None]:
    """Return a preexec_fn setting the rlimits; values are computed here, in the parent.

    RLIMIT_NPROC is per user, so it is set to (the user's current thread count + max_procs). The kernel
    does not enforce it for root (CAP_SYS_RESOURCE), where the process group kill is the only fence.
    """
    cpu = int(math.ceil(limits.timeout_s)) + 1
    nproc = _user_task_count(os.getuid()) + limits.max_procs
    fsize = limits.max_file_mb * 1024 * 1024
    mem = limits.mem_mb * 1024 * 1024
    settings = [  # (limit, soft, hard); CPU gets SIGXCPU at soft and SIGKILL one second later
        (resource.RLIMIT_AS, mem, mem),
        (resource.RLIMIT_NPROC, nproc, nproc),
        (resource.RLIMIT_FSIZE, fsize, fsize),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_CPU, cpu, cpu + 1),
    ]
    current = {which: resource.getrlimit(which)[1] for which, _, _ in settings}

    def preexec() -> None:
        for which, soft, hard in settings:
            cap = current[which]
            if cap != resource.RLIM_INFINITY:
                soft, hard = min(soft, cap), min(hard, cap)
            resource.setrlimit(which, (soft, hard))

    return preexec
