"""Kernel fences applied to a sandboxed child just before it execs the candidate (stdlib only).

Loaded by path inside `supervisor.py`, in the forked child, so nothing here may import eft or numpy.
Layers, each skipped with a note when the kernel or the privileges do not allow it:
- rlimits (address space, CPU seconds, file size, open files, no core dumps);
- joining the run's cgroups (pids and memory caps for the whole process tree), when the parent made some;
- dropping every capability (a root child keeps uid 0 but loses CAP_DAC_OVERRIDE, CAP_KILL, ...);
- seccomp: `socket()` fails with EACCES (no network, loopback included), as do io_uring and ptrace;
- Landlock: the file system is read-only where the policy says, writable only in the scratch dir, and
  unreadable elsewhere (task data, results, home); TCP bind/connect are denied; signals and abstract
  unix sockets cannot reach processes outside the sandbox.
"""
import ctypes
import errno
import os
import platform
import resource
import struct

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]

PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, PR_CAP_AMBIENT = 24, 38, 22, 47
SYS_LANDLOCK_CREATE, SYS_LANDLOCK_ADD_RULE, SYS_LANDLOCK_RESTRICT = 444, 445, 446
SYS_IO_URING_SETUP = 425
_ARCH = {  # machine: (AUDIT_ARCH, socket, ptrace, capset)
    "x86_64": (0xC000003E, 41, 101, 126),
    "aarch64": (0xC00000B7, 198, 117, 91),
}
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


def drop_capabilities():
    """Empty the bounding, ambient, inheritable, permitted and effective sets (no-op when unprivileged)."""
    _libc.prctl(PR_CAP_AMBIENT, 4, 0, 0, 0)  # PR_CAP_AMBIENT_CLEAR_ALL
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == errno.EINVAL:
            break
    arch = _ARCH.get(platform.machine())
    if arch is None:
        return
    header = ctypes.create_string_buffer(struct.pack("<Ii", 0x20080522, 0))  # _LINUX_CAPABILITY_VERSION_3
    data = ctypes.create_string_buffer(bytes(24))  # two {effective, permitted, inheritable} u32 triples
    if _libc.syscall(arch[3], header, data) != 0:
        _errno_fail("capset")


def _bpf(code, k, jt=0, jf=0):
    return struct.pack("<HBBI", code, jt, jf, k)


def seccomp_program():
    """BPF: other ABIs (i386, x32) and socket/io_uring_setup/ptrace get EACCES; everything else runs."""
    arch = _ARCH.get(platform.machine())
    if arch is None:
        return None
    audit_arch, nr_socket, nr_ptrace, _ = arch
    ld_w_abs, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | errno.EACCES
    insns = [
        _bpf(ld_w_abs, 4),                      # 0: arch
        _bpf(jeq, audit_arch, 0, 6),            # 1: foreign ABI -> deny (8)
        _bpf(ld_w_abs, 0),                      # 2: syscall number
        _bpf(jge, 0x40000000, 4, 0),            # 3: x32 numbering -> deny
        _bpf(jeq, nr_socket, 3, 0),             # 4
        _bpf(jeq, SYS_IO_URING_SETUP, 2, 0),    # 5
        _bpf(jeq, nr_ptrace, 1, 0),             # 6
        _bpf(ret, allow),                       # 7
        _bpf(ret, deny),                        # 8
    ]
    return b"".join(insns)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install_seccomp():
    program = seccomp_program()
    if program is None:
        return "seccomp: unsupported machine"
    buf = ctypes.create_string_buffer(program)
    prog = _SockFprog(len(program) // 8, ctypes.cast(buf, ctypes.c_void_p))
    if _libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(prog), 0, 0) != 0:  # SECCOMP_MODE_FILTER
        _errno_fail("seccomp")
    return None


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


def confine(policy):
    """Apply every layer of `policy` to this process; returns notes on layers that were skipped."""
    notes = []
    apply_rlimits(policy["rlimits"])
    join_cgroups(policy["cgroups"])
    drop_capabilities()
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        _errno_fail("no_new_privs")
    for note in (install_seccomp(),
                 install_landlock(policy["read"], policy["write"], policy["devices"], landlock_abi())):
        if note:
            notes.append(note)
    return notes
