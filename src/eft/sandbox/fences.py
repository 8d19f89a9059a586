"""Which fences this host allows, the uid a run gets, and the one line that says what a run really got.

The parent plans from its privileges; the child tries, and reports what held in one line (`confine.py`),
which `process.py` logs once per process and `fences()` returns:
- root with CAP_SYS_ADMIN and CAP_SETUID/SETGID: mount + IPC namespaces and a fresh uid per run;
- root without CAP_SYS_ADMIN (a default container): a fresh uid, where the needed paths are reachable by it;
- anyone else: a user namespace with a read-only view of everything but the scratch dir, where the kernel
  allows unprivileged user namespaces; else only seccomp, Landlock, rlimits and the watchdog.
"""
from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# A high uid range no distribution allocates (systemd's dynamic and container ranges lie far below).
UID_BASE, UID_SPAN = 0x5EF00000, 1 << 20
CAP_SETGID, CAP_SETUID, CAP_SYS_ADMIN = 6, 7, 21

log = logging.getLogger("eft.sandbox")
_seen: list[str] = []
_seen_gpu: list[str] = []


@dataclass(frozen=True)
class Plan:
    uid_drop: bool
    namespaces: str | None  # "root", "user" or None


def _effective_caps() -> int:
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("CapEff:"):
                return int(line.split()[1], 16)
    return 0


@cache
def plan() -> Plan:
    caps = _effective_caps()
    root = os.geteuid() == 0 and all(caps >> c & 1 for c in (CAP_SETUID, CAP_SETGID))
    if root and caps >> CAP_SYS_ADMIN & 1:
        return Plan(True, "root")
    if root:
        return Plan(True, None)
    return Plan(False, "user" if _user_namespaces_work() else None)


def _user_namespaces_work() -> bool:
    """Try the user-namespace view once, in a throwaway process: a host may allow `unshare` and then refuse
    the mounts (Ubuntu's AppArmor rule), which must be known before a run's child commits to it."""
    import subprocess
    import sys

    script = str(Path(__file__).with_name("namespaces.py"))
    try:
        return subprocess.run([sys.executable, "-I", "-S", script], timeout=30,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def run_uid() -> int:
    """A fresh uid (= gid) for one run: runs never share one, so they cannot reach each other either."""
    return UID_BASE + secrets.randbelow(UID_SPAN)


def seen(line: str, gpu: bool = False) -> None:
    """Record (and log, the first time) a run's fences line; the GPU harness's runs are kept apart."""
    lines = _seen_gpu if gpu else _seen
    if line and line not in lines:
        lines.append(line)
        log.info("sandbox%s %s", " (GPU harness)" if gpu else "", line)


def fences(gpu: bool = False) -> str:
    """The one line naming the fences sandboxed runs get on this host (runs a trivial probe if none ran);
    `gpu`: the line of the GPU harness's last run, if one ran."""
    if gpu:
        return _seen_gpu[-1] if _seen_gpu else "fences: unknown (no GPU harness run yet)"
    if not _seen:
        import sys

        from eft.sandbox.limits import SandboxLimits
        from eft.sandbox.process import run_command, scratch_dir

        with scratch_dir() as scratch:
            run_command([sys.executable, "-I", "-S", "-c", "pass"], cwd=scratch, limits=SandboxLimits(timeout_s=10))
    return _seen[-1] if _seen else "fences: unknown (the probe run did not report)"
