"""Shared judge for the hostile-candidate suite: run one attack through a real task's real evaluator.

Every attack is a candidate program for a real task, materialized (with its hidden data) into a temp folder
whose task.yaml gets short limits, so hangs end fast. `contained` evaluates it and checks the promises
of the sandbox:
1. the evaluation ends within the sandbox timeout + 2 s (time to contain);
2. the score is invalid (combined_score 0) with a one-line reason matching the attack's expectation;
3. no process of the attack is left (every attack program's path carries MARK, as do the commands it execs),
   counting a process whose main thread exited while other threads run;
4. no file carrying MARK appears outside the scratch dir (home, repository, results, /tmp, /dev/shm);
5. nothing else outside the run changed (`World`): no System V IPC object or key appeared, the mode,
   owner, times and extended attributes of sentinel files (repository, venv, interpreter, home, task copy,
   a file of the test's own) are as before, and so are the resource limits, priority, CPU affinity and OOM
   score of the evaluating process and of its parent. A change is undone before the test fails, so a
   broken fence cannot leave the machine crippled.
`benchmarks/containment.py` runs the same attacks to measure time to contain for docs/RELIABILITY.md.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import re
import resource
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from eft.sandbox.confine import landlock_abi
from eft.tasks.materialize import materialize
from eft.tasks.registry import get, load_evaluator

REPO = Path(__file__).resolve().parents[2]
MARK = "EFT_ATTACK"
TIMEOUT_S = 3.0  # limits of the attacked copies: call_s (unless the attack says otherwise) and compile_s
SLACK_S = 2.0
WATCHED_DIRS = [Path.home(), REPO, REPO / "results", REPO / "tasks", Path("/tmp"), Path("/dev/shm"),
                Path("/var/tmp")]
LANDLOCK_ABI = landlock_abi()


@dataclass(frozen=True)
class Attack:
    """One hostile candidate: the task it targets, its source, and how its containment must read."""

    name: str
    task: str
    program: str
    reason: str  # regex the one-line error must match
    contained_by: str  # the fence that stops it, for the reliability page
    limit_s: float = TIMEOUT_S  # the sandbox timeout that bounds it (the copy's call_s)
    mem_mb: int | None = None  # the copy's mem_mb, where the attack should not need the task's own

    @property
    def suffix(self) -> str:
        return ".cpp" if self.task.endswith("_cpp") else ".py"


@dataclass
class Outcome:
    seconds: float
    metrics: dict


def attack_task(root: Path, task: str, call_s: float = TIMEOUT_S, mem_mb: int | None = None) -> Path:
    """The suite task materialized (seed 0) under `root`, with short limits so a hang is cut early."""
    dest = root / "task" / task
    if not dest.is_dir():
        materialize(get(task), dest, 0)
        spec = yaml.safe_load((dest / "task.yaml").read_text())
        limits = {**spec.get("limits", {}), "call_s": call_s, "compile_s": TIMEOUT_S}
        if mem_mb:
            limits["mem_mb"] = mem_mb
        (dest / "task.yaml").write_text(yaml.safe_dump({**spec, "limits": limits}))
    return dest


def program_text(attack: Attack, fills: dict[str, str]) -> str:
    """The attack source with @KEY@ placeholders filled in: an attacker is assumed to know where things live
    (@DATA@: the attacked copy's hidden data folder, filled in by `run_attack`; @EVALUATOR_PID@ and
    @PARENT_PID@: the evaluating process and its parent; @SENTINEL@: a file of the test's own, outside
    the scratch dir; @VENV@: the virtual environment)."""
    known = {"REPO": str(REPO), "MARK": MARK, "HOME": str(Path.home()), "EVALUATOR_PID": str(os.getpid()),
             "PARENT_PID": str(os.getppid()), "VENV": sys.prefix, **fills}
    text = attack.program
    for key, value in known.items():
        text = text.replace(f"@{key}@", value)
    return text


def sentinel(root: Path) -> Path:
    """A file of the test's own outside the scratch dir, for attacks on file metadata."""
    path = root / "SENTINEL.txt"
    if not path.exists():
        path.write_text("sentinel\n", encoding="utf-8")
    return path


def run_attack(attack: Attack, root: Path, **fills: str) -> Outcome:
    task_dir = attack_task(root, attack.task, call_s=attack.limit_s, mem_mb=attack.mem_mb)
    program = root / f"{MARK}_{attack.name}{attack.suffix}"
    fills = {"DATA": str(task_dir / "data"), "SENTINEL": str(sentinel(root)), **fills}
    program.write_text(program_text(attack, fills), encoding="utf-8")
    evaluator = load_evaluator(task_dir)
    start = time.perf_counter()
    metrics = evaluator(program)
    return Outcome(time.perf_counter() - start, metrics)


def _live_task(proc: Path) -> Path | None:
    """The /proc entry of a live thread of process `proc` (its main thread may have exited), if any."""
    with contextlib.suppress(OSError, IndexError):
        for task in sorted((proc / "task").iterdir()):
            if (task / "stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X"):
                return task
    return None


def leftover_processes() -> list[str]:
    """Command lines of live processes carrying MARK (the attack program's path or its exec'd commands)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or (task := _live_task(entry)) is None:
            continue
        try:
            cmdline = (task / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if MARK in cmdline and "pytest" not in cmdline:
            found.append(f"{entry.name}: {cmdline[:200]}")
    return found


def leftover_files() -> list[Path]:
    found = []
    for folder in WATCHED_DIRS:
        found += [p for p in folder.glob(f"*{MARK}*")]
    found += list((REPO / "results").glob(f"**/*{MARK}*")) if (REPO / "results").is_dir() else []
    return found


def _ipc_objects() -> set[tuple[str, ...]]:
    """(kind, key, id) of every System V shared memory segment, message queue and semaphore set."""
    found = set()
    for kind in ("shm", "msg", "sem"):
        with contextlib.suppress(OSError), open(f"/proc/sysvipc/{kind}", encoding="ascii") as fh:
            found |= {(kind, *line.split()[:2]) for line in list(fh)[1:] if line.strip()}
    return found


def _mqueues() -> set[str]:
    """POSIX message queues of this IPC namespace (listed through a private mqueue mount: root only)."""
    if os.geteuid() != 0:
        return set()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the mount lives and dies in a throwaway mount namespace
        os.close(r)
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            point = tempfile.mkdtemp()
            if libc.unshare(0x00020000) == 0 and libc.mount(b"none", point.encode(), b"mqueue", 0, None) == 0:
                os.write(w, "\0".join(os.listdir(point)).encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        names = fh.read().decode()
    os.waitpid(pid, 0)
    return {f"mqueue /{n}" for n in names.split("\0") if n}


def _keys() -> set[str]:
    """Keys this process can see (/proc/keys: id, type, owner) and the uids holding any (/proc/key-users)."""
    found = set()
    with contextlib.suppress(OSError), open("/proc/keys", encoding="utf-8", errors="replace") as fh:
        found |= {f"keys: {f[0]} {f[7]} uid {f[5]}" for f in map(str.split, fh) if len(f) > 7}
    with contextlib.suppress(OSError), open("/proc/key-users", encoding="utf-8", errors="replace") as fh:
        found |= {f"key-users: uid {line.split(':')[0].strip()}" for line in fh if ":" in line}
    return found


def sentinels(root: Path) -> list[Path]:
    """Files outside any scratch dir whose metadata an attack might change: the repository, the venv and
    interpreter, home, the attacked task copy and the test's own sentinel file."""
    paths = [REPO / "pyproject.toml", REPO / "tasks", REPO / "tasks" / "circle_packing_26" / "evaluator.py",
             REPO / "src" / "eft" / "__init__.py", REPO / "results", Path(sys.prefix) / "pyvenv.cfg",
             Path(sys.prefix) / "bin", Path(sys.executable).resolve(), Path.home(), root / "SENTINEL.txt"]
    paths += sorted((root / "task").glob("*/evaluator.py")) + sorted((root / "task").glob("*/data"))
    return [p for p in paths if os.path.lexists(p)]


def _metadata(path: Path) -> tuple:
    """Mode, owner, group, mtime and extended attributes."""
    st = os.lstat(path)
    xattrs = ()
    with contextlib.suppress(OSError):
        xattrs = tuple(sorted((n, os.getxattr(path, n, follow_symlinks=False))
                              for n in os.listxattr(path, follow_symlinks=False)))
    return st.st_mode, st.st_uid, st.st_gid, st.st_mtime_ns, xattrs


def _same_metadata(old: tuple, new: tuple | None) -> bool:
    """A directory's mtime moves forward whenever anyone adds an entry (other jobs run on the machine), so
    only a step back in time or into the future counts as a change there."""
    if new is None or old[:3] != new[:3] or old[4] != new[4]:
        return False
    if stat.S_ISDIR(old[0]):
        return old[3] <= new[3] <= time.time_ns() + 10**9
    return old[3] == new[3]


RLIMITS = sorted(name for name in dir(resource) if name.startswith("RLIMIT_"))


@dataclass
class World:
    """What an attack may not change outside its run (see the module docstring, promise 5)."""

    ipc: set = field(default_factory=_ipc_objects)
    mqueues: set = field(default_factory=_mqueues)
    keys: set = field(default_factory=_keys)
    files: dict = field(default_factory=dict)
    limits: dict = field(default_factory=dict)
    sched: dict = field(default_factory=dict)

    @classmethod
    def snapshot(cls, root: Path) -> World:
        world = cls(files={p: _metadata(p) for p in sentinels(root)})
        for pid in (os.getpid(), os.getppid()):
            for name in RLIMITS:
                with contextlib.suppress(OSError):
                    world.limits[(pid, name)] = resource.prlimit(pid, getattr(resource, name))
            with contextlib.suppress(OSError):
                world.sched[(pid, "priority")] = os.getpriority(os.PRIO_PROCESS, pid)
                world.sched[(pid, "affinity")] = os.sched_getaffinity(pid)
                world.sched[(pid, "oom_score_adj")] = Path(f"/proc/{pid}/oom_score_adj").read_text().strip()
        return world

    def changes_since(self, before: World) -> list[str]:
        """What differs from `before`; undoes each change it can, so a failed test leaves no damage."""
        changes = [f"new IPC object {o}" for o in sorted(self.ipc - before.ipc)]
        changes += [f"new {q}" for q in sorted(self.mqueues - before.mqueues)]
        changes += [f"new key {k}" for k in sorted(self.keys - before.keys)]
        _remove_kernel_objects(self.ipc - before.ipc, self.mqueues - before.mqueues, self.keys - before.keys)
        for path, old in before.files.items():
            new = _metadata(path) if os.path.lexists(path) else None
            if not _same_metadata(old, new):
                changes.append(f"metadata of {path}: {old} -> {new}")
                _restore_metadata(path, old, new)
        for (pid, name), old in before.limits.items():
            new = self.limits.get((pid, name))
            if new is not None and new != old:
                changes.append(f"{name} of pid {pid}: {old} -> {new}")
                with contextlib.suppress(OSError):
                    resource.prlimit(pid, getattr(resource, name), old)
        for (pid, what), old in before.sched.items():
            new = self.sched.get((pid, what))
            if new is not None and new != old:
                changes.append(f"{what} of pid {pid}: {old} -> {new}")
                with contextlib.suppress(OSError):
                    if what == "priority":
                        os.setpriority(os.PRIO_PROCESS, pid, old)
                    elif what == "affinity":
                        os.sched_setaffinity(pid, old)
                    else:
                        Path(f"/proc/{pid}/oom_score_adj").write_text(old)
        return changes


def _remove_kernel_objects(ipc: set, mqueues: set, keys: set) -> None:
    """Undo what a broken fence let through: IPC objects, message queues, keys (where permitted)."""
    flags = {"shm": "-m", "msg": "-q", "sem": "-s"}
    for kind, _key, ident in ipc:
        subprocess.run(["ipcrm", flags[kind], ident], capture_output=True, check=False)
    libc = ctypes.CDLL(None, use_errno=True)
    for queue in mqueues:
        libc.mq_unlink(queue.split(" ", 1)[1].encode())
    libc.syscall.restype = ctypes.c_long
    nr_keyctl = {"x86_64": 250, "aarch64": 219}.get(platform.machine())
    for key in keys:
        if key.startswith("keys: ") and nr_keyctl:
            libc.syscall(nr_keyctl, 21, int(key.split()[1], 16))  # KEYCTL_INVALIDATE


def _restore_metadata(path: Path, old: tuple, new: tuple | None) -> None:
    if new is None:
        return
    mode, uid, gid, mtime_ns, xattrs = old
    with contextlib.suppress(OSError):
        os.chown(path, uid, gid, follow_symlinks=False)
        if not os.path.islink(path):
            os.chmod(path, mode & 0o7777)
        os.utime(path, ns=(mtime_ns, mtime_ns), follow_symlinks=False)
        for name, _ in new[4]:
            os.removexattr(path, name, follow_symlinks=False)
        for name, value in xattrs:
            os.setxattr(path, name, value, follow_symlinks=False)


def contained(attack: Attack, root: Path, **fills: str) -> Outcome:
    """Run the attack and assert every containment promise; returns the outcome for reporting."""
    before = set(leftover_files())
    attack_task(root, attack.task, call_s=attack.limit_s, mem_mb=attack.mem_mb)
    sentinel(root)
    world = World.snapshot(root)
    outcome = run_attack(attack, root, **fills)
    error = outcome.metrics.get("error", "")
    assert outcome.seconds <= attack.limit_s + SLACK_S, f"took {outcome.seconds:.2f}s to contain"
    assert outcome.metrics.get("combined_score") == 0.0, outcome.metrics
    assert error and "\n" not in error, outcome.metrics
    assert re.search(attack.reason, error), f"reason {error!r} does not match {attack.reason!r}"
    deadline = time.monotonic() + 1.0
    while (procs := leftover_processes()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not procs, procs
    assert set(leftover_files()) <= before, set(leftover_files()) - before
    changes = World.snapshot(root).changes_since(world)
    assert not changes, changes
    return outcome
