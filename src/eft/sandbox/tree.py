"""Find, measure and kill every process a sandboxed candidate started (the supervisor's descendants).

Processes are found two ways that a candidate cannot leave: the supervisor's process tree (it is a
subreaper, so orphans and `setsid` daemons stay in it) and, where the machine lets us make one, a pids
cgroup that caps how many processes the tree may hold at once (a fork bomb fails with EAGAIN).
"""
from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
PIDS_V1 = Path("/sys/fs/cgroup/pids")


@dataclass(frozen=True)
class ProcInfo:
    pid: int
    ppid: int
    rss_bytes: int
    zombie: bool


def _read_stat(pid: str) -> ProcInfo | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return ProcInfo(int(pid), int(fields[1]), int(fields[21]) * PAGE, fields[0] in (b"Z", b"X"))


def descendants(root: int) -> list[ProcInfo]:
    """Live (non-zombie) processes below `root`, from one scan of /proc."""
    children: dict[int, list[ProcInfo]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (info := _read_stat(name)):
            children.setdefault(info.ppid, []).append(info)
    found, stack = [], [root]
    while stack:
        for info in children.pop(stack.pop(), []):
            stack.append(info.pid)
            if not info.zombie:
                found.append(info)
    return found


class PidsCgroup:
    """A cgroup-v1 pids group capping the tree's process count; `None` from `create` where not allowed."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def create(cls, max_procs: int) -> PidsCgroup | None:
        path = PIDS_V1 / "eft-sandbox" / uuid.uuid4().hex
        try:
            path.mkdir(parents=True)
            (path / "pids.max").write_text(str(max_procs))
        except OSError:
            with contextlib.suppress(OSError):
                path.rmdir()
            return None
        return cls(path)

    @property
    def procs_file(self) -> str:
        return str(self.path / "cgroup.procs")

    def pids(self) -> list[int]:
        with contextlib.suppress(OSError):
            return [int(x) for x in (self.path / "cgroup.procs").read_text().split()]
        return []

    def remove(self) -> None:
        for _ in range(100):  # killed members leave the group once reaped
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                time.sleep(0.01)


def sweep(root: int, cgroup: PidsCgroup | None) -> int:
    """SIGKILL everything below `root` and in `cgroup` until nothing is left; returns how many were killed."""
    killed: set[int] = set()
    for _ in range(500):
        pids = {info.pid for info in descendants(root)} | set(cgroup.pids() if cgroup else [])
        pids.discard(root)
        if not pids:
            break
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        killed |= pids
        time.sleep(0.002)
    return len(killed)


def tree_usage(root: int) -> tuple[int, int]:
    """(process count, resident bytes) of everything below `root`."""
    procs = descendants(root)
    return len(procs), sum(info.rss_bytes for info in procs)


def dir_bytes(path: Path, max_entries: int = 100_000) -> int:
    """Bytes allocated under `path` (st_blocks, so sparse files count what they really use)."""
    total, seen, stack = 0, 0, [str(path)]
    while stack and seen < max_entries:
        with contextlib.suppress(OSError), os.scandir(stack.pop()) as entries:
            for entry in entries:
                seen += 1
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    else:
                        total += entry.stat(follow_symlinks=False).st_blocks * 512
    return total
