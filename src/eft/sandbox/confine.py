"""Kernel fences applied to a sandboxed child just before it execs the candidate (stdlib only).

Loaded by path inside `supervisor.py`, in the forked child, so nothing here may import eft or numpy.
Layers, in order, each skipped with a note when the kernel or the privileges do not allow it:
- rlimits (address space, CPU seconds, file size, open files, processes, no core dumps);
- joining the run's cgroups (memory and pids caps for the whole process tree), when the parent made some;
- namespaces (`namespaces.py`): mount + IPC, and a user namespace with a read-only view when not root;
- as root, a fresh unprivileged uid/gid with no supplementary groups: the candidate owns nothing outside
  its scratch dir, so it can neither signal, trace, re-limit or renice other processes nor change file
  metadata, and root-only files stay closed to it;
- dropping every capability and setting `no_new_privs`;
- seccomp (`syscalls.py`): no sockets, no kernel objects that outlive the run, no touching other processes;
- Landlock: the file system is read-only where the policy says, writable only in the scratch dir, and
  unreadable elsewhere (task data, results, home); TCP bind/connect are denied; signals and abstract
  unix sockets cannot reach processes outside the sandbox.
The GPU harness (policy `gpu`) gets neither Landlock nor the socket refusal: on an H200 the CUDA driver failed
to initialize (cudaErrorOperatingSystem) under either one. Its fences are the namespaces, the fresh uid,
rlimits, cgroups and the rest of seccomp. That child runs only eft's trusted harness and device code, which
makes no syscalls; the candidate's Python runs in a separate fully fenced child, and its CUDA source may
include only allow-listed headers (`eft.kernels.source`), so no file reaches it through the compiler.
The child writes one line naming the fences it got to the policy's `report` file.
"""
import ctypes
import errno
import os
import platform
import resource
import struct

try:  # imported as eft.sandbox.confine by the parent, or by path (its dir on sys.path) by the supervisor
    from . import namespaces, syscalls
except ImportError:
    import namespaces
    import syscalls

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]

PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT = 24, 38, 47
SYS_LANDLOCK_CREATE, SYS_LANDLOCK_ADD_RULE, SYS_LANDLOCK_RESTRICT = 444, 445, 446
_CAPSET = {"x86_64": 126, "aarch64": 91}
# Landlock file-system rights by bit, and the ABI version that introduced the highest ones.
FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_TRUNCATE, FS_IOCTL_DEV = 1 << 14, 1 << 15
_FS_ALL_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1}
_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV
NET_BIND_TCP, NET_CONNECT_TCP = 1, 2
SCOPE_ABSTRACT_UNIX, SCOPE_SIGNAL = 1, 2


def _errno_fail(what):
    code = ctypes.get_errno()
    raise OSError(code, f"{what}: {os.strerror(code)}")


def landlock_abi():
    """The kernel's Landlock ABI version, 0 when Landlock is missing or disabled."""
    version = _libc.syscall(SYS_LANDLOCK_CREATE, None, 0, 1)  # LANDLOCK_CREATE_RULESET_VERSION
    return max(int(version), 0)


def fs_all(abi):
    return _FS_ALL_BY_ABI.get(abi, (1 << 16) - 1)


def apply_rlimits(rlimits):
    """rlimits: [[name, soft, hard]]; never raises a limit above the current hard cap."""
    for name, soft, hard in rlimits:
        which = getattr(resource, name)
        cap = resource.getrlimit(which)[1]
        if cap != resource.RLIM_INFINITY:
            soft, hard = min(soft, cap), min(hard, cap)
        resource.setrlimit(which, (soft, hard))


def join_cgroups(procs_files):
    """Move this process into each cgroup (its `cgroup.procs` file); children inherit membership."""
    for path in procs_files:
        with open(path, "w", encoding="ascii") as fh:
            fh.write(str(os.getpid()))


def drop_bounding_set():
    """Empty the ambient and bounding sets (needs CAP_SETPCAP, so before any uid change)."""
    _libc.prctl(PR_CAP_AMBIENT, 4, 0, 0, 0)  # PR_CAP_AMBIENT_CLEAR_ALL
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == errno.EINVAL:
            break


def clear_capabilities():
    """Empty the inheritable, permitted and effective sets (no-op when there are none)."""
    nr = _CAPSET.get(platform.machine())
    if nr is None:
        return
    header = ctypes.create_string_buffer(struct.pack("<Ii", 0x20080522, 0))  # _LINUX_CAPABILITY_VERSION_3
    data = ctypes.create_string_buffer(bytes(24))  # two {effective, permitted, inheritable} u32 triples
    if _libc.syscall(nr, header, data) != 0:
        _errno_fail("capset")


def drop_uid(uid):
    """Become uid/gid `uid` with no supplementary groups (the kernel clears the capability sets)."""
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


def install_landlock(read_paths, write_paths, device_paths, abi):
    """Allow read+exec under `read_paths`, everything under `write_paths`, read/write/ioctl on devices."""
    if abi < 1:
        return "landlock: not supported by this kernel"
    handled = fs_all(abi)
    attr = [handled]
    if abi >= 4:
        attr.append(NET_BIND_TCP | NET_CONNECT_TCP)
    if abi >= 6:
        attr.append(SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL)
    raw = ctypes.create_string_buffer(struct.pack(f"<{len(attr)}Q", *attr))
    ruleset = _libc.syscall(SYS_LANDLOCK_CREATE, raw, len(attr) * 8, 0)
    if ruleset < 0:
        _errno_fail("landlock_create_ruleset")
    read = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
    device = (FS_READ_FILE | FS_WRITE_FILE | FS_READ_DIR | FS_TRUNCATE | FS_IOCTL_DEV) & handled
    for paths, rights in ((read_paths, read), (write_paths, handled), (device_paths, device)):
        for path in paths:
            _add_rule(ruleset, path, rights)
    if _libc.syscall(SYS_LANDLOCK_RESTRICT, ruleset, 0) != 0:
        _errno_fail("landlock_restrict_self")
    os.close(ruleset)
    return None


def _add_rule(ruleset, path, rights):
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return
    try:
        if not os.path.isdir(path):
            rights &= _FILE_RIGHTS
        rule = ctypes.create_string_buffer(struct.pack("<Qi", rights, fd))
        if _libc.syscall(SYS_LANDLOCK_ADD_RULE, ruleset, 1, rule, 0) != 0:  # LANDLOCK_RULE_PATH_BENEATH
            _errno_fail(f"landlock_add_rule {path}")
    finally:
        os.close(fd)


def _landlock_words(abi):
    words = ["fs"] + (["tcp"] if abi >= 4 else []) + (["scoped signals"] if abi >= 6 else [])
    return f"landlock ABI {abi} ({'+'.join(words)})"


def confine(policy):
    """Apply every layer of `policy` to this process; returns notes on layers that were skipped.

    The notes also go to the report line, which the parent logs; a host without some fence (no user
    namespaces, an old kernel) must not have its candidates' stderr filled with them.
    """
    notes, active = [], []
    report = None
    if policy.get("report"):
        report = os.open(policy["report"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    join_cgroups(policy["cgroups"])
    if policy.get("cgroup_note"):
        active.append(policy["cgroup_note"])
    uid, mode = policy.get("uid"), policy.get("namespaces")
    needed = [*policy["read"], *policy["write"], *policy["devices"]]
    in_ns = False
    if mode:
        try:
            active.append("namespaces " + "+".join(namespaces.enter(
                mode, uid=uid, gid=uid, needed=needed, writable=policy["write"], staging=policy.get("staging"))))
            in_ns = True
            os.chdir(policy["write"][0])  # the scratch dir, as this mount table shows it
        except OSError as exc:
            notes.append(f"namespaces: {exc.strerror or exc}")
    # after the namespace set-up: opening up a crowded 0700 dir (e.g. a pytest or /tmp root with hundreds of
    # entries) holds one fd per entry, which RLIMIT_NOFILE would refuse; the limits still bind the candidate
    apply_rlimits(policy["rlimits"])
    drop_bounding_set()
    if uid is not None:
        if not in_ns and any(namespaces.blocked(needed, uid, uid)):
            notes.append("uid: not dropped (needed paths unreachable without a mount namespace)")
            uid = None
        else:
            drop_uid(uid)
            active.append("own uid")
    clear_capabilities()
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        _errno_fail("no_new_privs")
    abi = landlock_abi()
    read_only = in_ns and mode == "user"
    protect = uid is None and not read_only  # nothing else keeps it off other files' times
    gpu = bool(policy.get("gpu"))
    layers = [("seccomp" + (" (utime too)" if protect else "") + (" (sockets open)" if gpu else ""),
               syscalls.install(_libc, scoped_signals=abi >= 6, protect_metadata=protect, allow_sockets=gpu))]
    if not gpu:
        layers.append((_landlock_words(abi), install_landlock(policy["read"], policy["write"], policy["devices"], abi)))
    for name, note in layers:
        if note:
            notes.append(note)
        else:
            active.append(name)
    active.append("rlimits")
    if report is not None:
        os.write(report, describe(active, notes).encode() + b"\n")
        os.close(report)
    return notes


def describe(active, notes):
    """The one line naming the fences a run got, and why any expected one is missing."""
    return "fences: " + ", ".join(active) + "".join(f"; {n}" for n in notes)
