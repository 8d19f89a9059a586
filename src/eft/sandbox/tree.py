"""Find, measure and kill every process a sandboxed candidate started (the supervisor's descendants).

Processes are found two ways that a candidate cannot leave: the supervisor's process tree (it is a
subreaper, so orphans and `setsid` daemons stay in it) and, where the machine lets us make them, the run's
cgroups (`cgroups.py`). A process whose main thread has exited shows as a zombie while its other threads
run on; it still counts (and is killed) here, with the memory of its live threads.

Without a memory cgroup, what a candidate holds outside its resident pages is found here too: files it
keeps open (or mapped) after deleting them, on disk or in memory (memfd), via /proc/PID/fd and maps.
"""
from __future__ import annotations

import contextlib
import os
import signal
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

PAGE = os.sysconf("SC_PAGE_SIZE")


class HasPids(Protocol):
    def pids(self) -> list[int]: ...


@dataclass(frozen=True)
class ProcInfo:
    pid: int
    ppid: int
    rss_bytes: int
    zombie: bool
    live: str = ""  # /proc dir of a live thread: the fd table and maps are gone from an exited main thread's


def _stat_fields(path: str) -> list[bytes] | None:
    try:
        with open(path, "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _read_stat(pid: str) -> ProcInfo | None:
    fields = _stat_fields(f"/proc/{pid}/stat")
    if fields is None:
        return None
    zombie = fields[0] in (b"Z", b"X")
    rss, live = int(fields[21]) * PAGE, f"/proc/{pid}"
    if zombie:  # a main thread that exited while other threads run: the process lives in them
        with contextlib.suppress(OSError):
            for tid in os.listdir(f"/proc/{pid}/task"):
                task = _stat_fields(f"/proc/{pid}/task/{tid}/stat") if tid != pid else None
                if task and task[0] not in (b"Z", b"X"):
                    zombie, rss, live = False, max(rss, int(task[21]) * PAGE), f"/proc/{pid}/task/{tid}"
                    break
    return ProcInfo(int(pid), int(fields[1]), rss, zombie, live)


def descendants(root: int) -> list[ProcInfo]:
    """Live processes below `root` (zombies whose threads all ended left out), from one scan of /proc."""
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


def sweep(root: int, cgroup: HasPids | None) -> int:
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


def held_deleted_files(procs: list[ProcInfo]) -> tuple[int, int]:
    """(bytes on disk, bytes in memory) of files that `procs` hold open or mapped after deleting them.

    Memory means anonymous files (memfd); each file counts once, however many processes hold it.
    """
    seen: set[tuple[int, int]] = set()
    disk = memory = 0
    for info in procs:
        for target, path in _deleted_handles(info.live or f"/proc/{info.pid}"):
            try:
                st = os.stat(path)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in seen or not stat.S_ISREG(st.st_mode):
                continue
            seen.add((st.st_dev, st.st_ino))
            if target.startswith("/memfd:"):
                memory += st.st_blocks * 512
            else:
                disk += st.st_blocks * 512
    return disk, memory


def _deleted_handles(proc: str) -> list[tuple[str, str]]:
    """(link text, /proc path to stat) of each deleted file the process at `proc` has open or mapped."""
    found = []
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"{proc}/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"{proc}/fd/{fd}")
                if target.endswith(" (deleted)"):
                    found.append((target, f"{proc}/fd/{fd}"))
    with contextlib.suppress(OSError), open(f"{proc}/maps", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.endswith(" (deleted)\n"):
                parts = line.split(maxsplit=5)
                found.append((parts[5].rstrip("\n"), f"{proc}/map_files/{parts[0]}"))
    return found


def dir_usage(path: Path, stop_bytes: int, max_entries: int) -> tuple[int, int]:
    """(bytes allocated, entries) under `path`, directories included (st_blocks, so sparse files count what
    they use; a file with several links once). Stops early once past `stop_bytes` or `max_entries`, so a
    scan costs at most `max_entries` stats, however many entries a candidate made."""
    total, seen, stack, inodes = 0, 0, [str(path)], set()
    while stack and total <= stop_bytes and seen <= max_entries:
        with contextlib.suppress(OSError), os.scandir(stack.pop()) as entries:
            for entry in entries:
                seen += 1
                if seen > max_entries or total > stop_bytes:
                    break
                with contextlib.suppress(OSError):
                    st = entry.stat(follow_symlinks=False)
                    if st.st_nlink > 1 and not stat.S_ISDIR(st.st_mode):
                        if (st.st_dev, st.st_ino) in inodes:
                            continue
                        inodes.add((st.st_dev, st.st_ino))
                    total += st.st_blocks * 512
                    if stat.S_ISDIR(st.st_mode):
                        stack.append(entry.path)
    return total, seen
