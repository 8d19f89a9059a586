"""Per-run cgroups: every page and every process a candidate's tree makes is charged to them.

A memory cgroup sees what no scan of /proc can: anonymous files (memfd), tmpfs and shared memory pages,
pipe buffers and other kernel memory, and the threads of a process whose main thread has exited. Its limit
is `mem_mb`; when the tree needs more, the kernel reclaims caches and then kills inside the group, and the
parent reports the kill as "memory limit exceeded". A pids cgroup makes `fork()` fail past `max_procs`.

Both are made below the evaluator's own cgroup, in cgroup v1 (one hierarchy per controller) or v2 (one
unified hierarchy; needs the controllers delegated to us), whichever this host lets us write. Where it lets
us write neither (an unprivileged user without delegation), `create` returns a group without them and the
watchdog's /proc accounting is the fence (see `tree.py`).
"""
from __future__ import annotations

import contextlib
import os
import time
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

GROUP = "eft-sandbox"


def _mounts() -> list[tuple[str, str, str, set[str]]]:
    """(mount root, mount point, fstype, super options) of every cgroup file system."""
    found = []
    with contextlib.suppress(OSError), open("/proc/self/mountinfo", encoding="utf-8") as fh:
        for line in fh:
            left, _, right = line.partition(" - ")
            fields, tail = left.split(), right.split()
            if len(fields) >= 5 and len(tail) >= 3 and tail[0] in ("cgroup", "cgroup2"):
                found.append((fields[3], fields[4], tail[0], set(tail[2].split(","))))
    return found


def _own_paths() -> dict[str, str]:
    """Controller (or "" for v2) -> this process's cgroup path, from /proc/self/cgroup."""
    paths = {}
    with contextlib.suppress(OSError), open("/proc/self/cgroup", encoding="utf-8") as fh:
        for line in fh:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            for name in controllers.split(",") if controllers else [""]:
                paths[name] = path
    return paths


def _under(root: str, point: str, path: str) -> Path:
    rel = path[len(root):] if root != "/" and path.startswith(root) else path
    return Path(point) / rel.lstrip("/")


@cache
def hierarchy() -> tuple[str, dict[str, Path]]:
    """("v1" or "v2", controller -> the dir our run groups go under) for memory and pids, where writable."""
    mounts, own = _mounts(), _own_paths()
    v1 = {}
    for root, point, fstype, options in mounts:
        for name in ("memory", "pids"):
            if fstype == "cgroup" and name in options and name in own and name not in v1:
                v1[name] = _under(root, point, own[name]) / GROUP
    if v1:
        return "v1", {name: base for name, base in v1.items() if _writable(base)}
    for root, point, fstype, _ in mounts:
        if fstype == "cgroup2" and "" in own:
            base = _under(root, point, own[""])
            with contextlib.suppress(OSError):
                enabled = (base / "cgroup.subtree_control").read_text().split()
                if {"memory", "pids"} <= set(enabled) and os.access(base, os.W_OK):
                    return "v2", {"memory": base, "pids": base}
    return "", {}


def _writable(base: Path) -> bool:
    with contextlib.suppress(OSError):
        base.mkdir(exist_ok=True)
        return os.access(base, os.W_OK)
    return False


@dataclass
class RunCgroup:
    """The cgroups of one run; `memory` / `pids` are None where this host gave us none."""

    version: str = ""
    memory: Path | None = None
    pids_dir: Path | None = None
    dirs: list[Path] = field(default_factory=list)
    _oom_kills: int = 0

    @classmethod
    def create(cls, mem_mb: int, max_procs: int) -> RunCgroup:
        version, bases = hierarchy()
        _reap_stale(bases.values(), version)
        group = cls(version)
        name = uuid.uuid4().hex
        if version == "v2":
            path = bases["memory"] / f"{GROUP}-{name}"
            if group._make(path, {"memory.max": mem_mb << 20, "pids.max": max_procs}, {"memory.swap.max": 0}):
                group.memory = group.pids_dir = path
            return group
        if "memory" in bases:
            path = bases["memory"] / name
            # memsw (memory + swap) only where swap accounting is on; it must follow the memory limit
            if group._make(path, {"memory.limit_in_bytes": mem_mb << 20},
                           {"memory.memsw.limit_in_bytes": mem_mb << 20}):
                group.memory = path
        if "pids" in bases and group._make(bases["pids"] / name, {"pids.max": max_procs}):
            group.pids_dir = bases["pids"] / name
        return group

    def _make(self, path: Path, settings: dict[str, int], optional: dict[str, int] | None = None) -> bool:
        """mkdir `path` and write its limits (`optional` ones only where the file exists)."""
        try:
            path.mkdir()
        except OSError:
            return False
        try:
            for key, value in settings.items():
                (path / key).write_text(str(value))
            for key, value in (optional or {}).items():
                with contextlib.suppress(OSError):
                    (path / key).write_text(str(value))
        except OSError:
            _rmdir(path)
            return False
        self.dirs.append(path)
        return True

    def __bool__(self) -> bool:
        return bool(self.dirs)

    @property
    def procs_files(self) -> list[str]:
        return [str(d / "cgroup.procs") for d in self.dirs]

    def describe(self) -> str:
        kinds = [k for k, d in (("memory", self.memory), ("pids", self.pids_dir)) if d]
        return f"cgroup {self.version} {'+'.join(kinds)}" if kinds else "no cgroups (watchdog accounting)"

    def pids(self) -> list[int]:
        found: set[int] = set()
        for d in self.dirs:
            with contextlib.suppress(OSError, ValueError):
                found.update(int(x) for x in (d / "cgroup.procs").read_text().split())
        return sorted(found)

    def oom_kills(self) -> int:
        """Processes the kernel killed because the group reached its memory limit (kept after `remove`)."""
        if self.memory is None or not self.dirs:
            return self._oom_kills
        name = "memory.events" if self.version == "v2" else "memory.oom_control"
        with contextlib.suppress(OSError, ValueError):
            for line in (self.memory / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    self._oom_kills = int(value)
        return self._oom_kills

    def memory_bytes(self) -> int | None:
        """Charged bytes that reclaim cannot drop (all but file cache), or None without a memory group."""
        if self.memory is None:
            return None
        v2 = self.version == "v2"
        try:
            usage = int((self.memory / ("memory.current" if v2 else "memory.usage_in_bytes")).read_text())
            stat = dict(line.split() for line in (self.memory / "memory.stat").read_text().splitlines())
        except (OSError, ValueError):
            return None
        cache = int(stat.get("file", 0)) if v2 else int(stat.get("total_active_file", 0)) + int(
            stat.get("total_inactive_file", 0))
        return max(usage - cache, 0)

    def remove(self) -> None:
        self.oom_kills()  # the count outlives the group, for the reason reported after the run
        for d in self.dirs:
            _rmdir(d)
        self.dirs = []


STALE_S = 60.0
_last_reap = [0.0]


def _reap_stale(bases, version: str) -> None:
    """Remove run groups older than a minute that are empty by now: a group whose last member took longer
    to exit than `remove` waited (a big address space freeing under load), or whose evaluator was killed.
    At most once per STALE_S; a group in use has members, and a new one is far younger than a minute."""
    now = time.time()
    if now - _last_reap[0] < STALE_S:
        return
    _last_reap[0] = now
    for base in set(bases):
        prefix = f"{GROUP}-" if version == "v2" else ""
        with contextlib.suppress(OSError):
            for entry in os.scandir(base):
                with contextlib.suppress(OSError):
                    if (entry.is_dir(follow_symlinks=False) and entry.name.startswith(prefix)
                            and now - entry.stat().st_mtime > STALE_S):
                        os.rmdir(entry.path)  # fails (EBUSY) while it has members


def _rmdir(path: Path) -> None:
    for _ in range(100):  # killed members leave the group once reaped
        try:
            path.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.01)
