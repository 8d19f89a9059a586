"""The seccomp filter of a sandboxed child (stdlib only; loaded by path inside `supervisor.py`).

A deny list, because candidates run arbitrary Python, numpy and g++ output whose syscalls no allow list could
name in advance; each entry is something no candidate needs and that reaches outside the run or into rarely
used kernel code:
- EACCES: `socket`/`socketpair` (every family, so no network and no local IPC), io_uring, ptrace;
- EPERM: other processes' memory and files (process_vm_*, kcmp, pidfd_getfd, process_madvise), perf, bpf,
  userfaultfd, keyrings, System V IPC and POSIX message queues (objects that outlive the run), namespaces
  and mounts, file handles (`open_by_handle_at` bypasses path checks), modules, kexec, reboot, swap, clocks,
  quotas, chown and extended attributes (file metadata), `memfd_secret`;
- with an argument check: `prlimit64`, `setpriority`, `sched_set*`, `ioprio_set`, `move_pages` only on the
  calling process (pid 0), so a candidate cannot cripple the evaluator; `clone` without namespace flags;
  `ioctl` without TIOCSTI/TIOCLINUX (typing into a terminal); `prctl` without PR_SET_DUMPABLE (which would
  hide its /proc entries from a non-root watchdog); `personality` only queried;
- ENOSYS: `clone3` (its flags sit in memory, out of the filter's sight; glibc falls back to `clone`) and every
  syscall newer than this table, so a future kernel's additions start closed.
Optional groups, chosen by the policy: sockets open for the GPU harness (see `confine.py`); `kill` of a process group or of every process (only where Landlock
cannot scope signals) and the utime family (where neither a uid drop nor a read-only view protects metadata).
Foreign ABIs (i386, x32) are refused outright.
"""
import ctypes
import errno
import platform
import struct

# name: (x86_64, aarch64); None where the architecture has no such syscall.
NR = {
    "socket": (41, 198), "socketpair": (53, 199), "io_uring_setup": (425, 425), "ptrace": (101, 117),
    "process_vm_readv": (310, 270), "process_vm_writev": (311, 271), "kcmp": (312, 272),
    "pidfd_getfd": (438, 438), "process_madvise": (440, 440), "process_mrelease": (448, 448),
    "perf_event_open": (298, 241), "bpf": (321, 280), "userfaultfd": (323, 282),
    "keyctl": (250, 219), "add_key": (248, 217), "request_key": (249, 218),
    "shmget": (29, 194), "shmat": (30, 196), "shmdt": (67, 197), "shmctl": (31, 195),
    "semget": (64, 190), "semop": (65, 193), "semtimedop": (220, 192), "semctl": (66, 191),
    "msgget": (68, 186), "msgsnd": (69, 189), "msgrcv": (70, 188), "msgctl": (71, 187),
    "mq_open": (240, 180), "mq_unlink": (241, 181), "mq_timedsend": (242, 182),
    "mq_timedreceive": (243, 183), "mq_notify": (244, 184), "mq_getsetattr": (245, 185),
    "mount": (165, 40), "umount2": (166, 39), "pivot_root": (155, 41), "chroot": (161, 51),
    "setns": (308, 268), "unshare": (272, 97), "open_tree": (428, 428), "move_mount": (429, 429),
    "fsopen": (430, 430), "fsconfig": (431, 431), "fsmount": (432, 432), "fspick": (433, 433),
    "mount_setattr": (442, 442), "open_tree_attr": (467, 467),
    "open_by_handle_at": (304, 265), "name_to_handle_at": (303, 264),
    "init_module": (175, 105), "finit_module": (313, 273), "delete_module": (176, 106),
    "kexec_load": (246, 104), "kexec_file_load": (320, 294), "reboot": (169, 142),
    "swapon": (167, 224), "swapoff": (168, 225), "acct": (163, 89), "settimeofday": (164, 170),
    "clock_settime": (227, 112), "clock_adjtime": (305, 266), "adjtimex": (159, 171),
    "quotactl": (179, 60), "quotactl_fd": (443, 443), "syslog": (103, 116), "iopl": (172, None),
    "ioperm": (173, None), "vhangup": (153, 58), "lookup_dcookie": (212, 18), "fanotify_init": (300, 262),
    "migrate_pages": (256, 238), "memfd_secret": (447, 447), "uselib": (134, None),
    "lsm_set_self_attr": (460, 460),
    "setxattr": (188, 5), "lsetxattr": (189, 6), "fsetxattr": (190, 7), "removexattr": (197, 14),
    "lremovexattr": (198, 15), "fremovexattr": (199, 16), "setxattrat": (463, 463),
    "removexattrat": (466, 466), "file_setattr": (469, 469),
    "chown": (92, None), "fchown": (93, 55), "lchown": (94, None), "fchownat": (260, 54),
    "utime": (132, None), "utimes": (235, None), "futimesat": (261, None), "utimensat": (280, 88),
    "clone": (56, 220), "clone3": (435, 435), "prlimit64": (302, 261), "setpriority": (141, 140),
    "sched_setaffinity": (203, 122), "sched_setscheduler": (144, 119), "sched_setparam": (142, 118),
    "sched_setattr": (314, 274), "ioprio_set": (251, 30), "move_pages": (279, 239), "ioctl": (16, 29),
    "prctl": (157, 167), "personality": (135, 92), "kill": (62, 129),
}
FIRST_UNKNOWN_NR = 470  # first syscall number this table does not know (Linux 6.17 ends at 469)
_ARCH = {"x86_64": (0, 0xC000003E), "aarch64": (1, 0xC00000B7)}  # machine: (column of NR, AUDIT_ARCH)

REFUSED_EACCES = ("socket", "socketpair", "io_uring_setup", "ptrace")
SOCKETS = ("socket", "socketpair")
REFUSED = (
    "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "process_madvise", "process_mrelease",
    "perf_event_open", "bpf", "userfaultfd", "keyctl", "add_key", "request_key",
    "shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop", "semctl",
    "msgget", "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive",
    "mq_notify", "mq_getsetattr", "mount", "umount2", "pivot_root", "chroot", "setns", "unshare",
    "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr", "open_tree_attr",
    "open_by_handle_at", "name_to_handle_at", "init_module", "finit_module", "delete_module", "kexec_load",
    "kexec_file_load", "reboot", "swapon", "swapoff", "acct", "settimeofday", "clock_settime",
    "clock_adjtime", "adjtimex", "quotactl", "quotactl_fd", "syslog", "iopl", "ioperm", "vhangup",
    "lookup_dcookie", "fanotify_init", "migrate_pages", "memfd_secret", "uselib", "lsm_set_self_attr",
    "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr", "setxattrat",
    "removexattrat", "file_setattr", "chown", "fchown", "lchown", "fchownat",
)
UTIME = ("utime", "utimes", "futimesat", "utimensat")
OWN_PROCESS_ONLY = ("prlimit64", "sched_setaffinity", "sched_setscheduler", "sched_setparam", "sched_setattr",
                    "move_pages")  # first argument: a pid, 0 meaning the caller
CLONE_NEW_ANY = 0x7E020080  # CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET|NEWTIME
TIOCSTI, TIOCLINUX, PR_SET_DUMPABLE = 0x5412, 0x541C, 4
PRIO_PROCESS, IOPRIO_WHO_PROCESS = 0, 1

_LD_W_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000


def _errno(code):
    return _RET_ERRNO | code


def _insn(code, k, jt=0, jf=0):
    return struct.pack("<HBBI", code, jt, jf, k)


def _arg(i):
    """Offset of the low 32 bits of argument i in struct seccomp_data (little-endian machines)."""
    return 16 + 8 * i


def _only_args(nr, checks):
    """`nr` is allowed iff every (arg index, value) in `checks` matches (low 32 bits); else EPERM."""
    body = []
    for n, (index, value) in enumerate(checks):
        remaining = len(checks) - n - 1
        body += [_insn(_LD_W_ABS, _arg(index)), _insn(_JEQ, value, 0, 2 * remaining + 1)]
    body += [_insn(_RET, ALLOW), _insn(_RET, _errno(errno.EPERM))]
    return _guard(nr, body)


def _refuse_values(nr, index, values, mask=None, code=errno.EPERM):
    """`nr` is refused when argument `index` equals one of `values` (or has a bit of `mask` set)."""
    body = [_insn(_LD_W_ABS, _arg(index))]
    tests = [(_JEQ, v) for v in values] + ([(_JSET, mask)] if mask else [])
    for n, (op, k) in enumerate(tests):
        body.append(_insn(op, k, len(tests) - n, 0))  # match -> the deny at the end
    body += [_insn(_RET, ALLOW), _insn(_RET, _errno(code))]
    return _guard(nr, body)


def _guard(nr, body):
    """Run `body` (which always returns) only for syscall `nr`; reload the number for the next rule."""
    return [_insn(_LD_W_ABS, 0), _insn(_JEQ, nr, 0, len(body))] + body


def program(*, scoped_signals=True, protect_metadata=False, allow_sockets=False):
    """The BPF program as bytes, or None on a machine this table does not cover. `allow_sockets` (the GPU
    harness only) leaves `socket`/`socketpair` open: the CUDA driver fails to initialize without them."""
    arch = _ARCH.get(platform.machine())
    if arch is None:
        return None
    column, audit_arch = arch

    def nr(name):
        return NR[name][column]

    insns = [
        _insn(_LD_W_ABS, 4),                              # arch
        _insn(_JEQ, audit_arch, 1, 0),
        _insn(_RET, _errno(errno.EACCES)),                # foreign ABI
        _insn(_LD_W_ABS, 0),                              # syscall number
        _insn(_JGE, 0x40000000, 0, 1),
        _insn(_RET, _errno(errno.EACCES)),                # x32 numbering
        _insn(_JGE, FIRST_UNKNOWN_NR, 0, 1),
        _insn(_RET, _errno(errno.ENOSYS)),                # newer than this table
    ]
    refused_eacces = [n for n in REFUSED_EACCES if not (allow_sockets and n in SOCKETS)]
    simple = [(n, errno.EACCES) for n in refused_eacces] + [(n, errno.EPERM) for n in REFUSED]
    simple.append(("clone3", errno.ENOSYS))
    if protect_metadata:
        simple += [(n, errno.EPERM) for n in UTIME]
    for name, code in simple:
        if nr(name) is not None:
            insns += [_insn(_JEQ, nr(name), 0, 1), _insn(_RET, _errno(code))]
    for name in OWN_PROCESS_ONLY:
        insns += _only_args(nr(name), [(0, 0)])
    insns += _only_args(nr("setpriority"), [(0, PRIO_PROCESS), (1, 0)])
    insns += _only_args(nr("ioprio_set"), [(0, IOPRIO_WHO_PROCESS), (1, 0)])
    insns += _refuse_values(nr("clone"), 0, (), mask=CLONE_NEW_ANY)
    insns += _refuse_values(nr("ioctl"), 1, (TIOCSTI, TIOCLINUX))
    insns += _refuse_values(nr("prctl"), 0, (PR_SET_DUMPABLE,))
    insns += _guard(nr("personality"), [_insn(_LD_W_ABS, _arg(0)), _insn(_JEQ, 0xFFFFFFFF, 1, 0),
                                        _insn(_JEQ, 0, 0, 1), _insn(_RET, ALLOW),
                                        _insn(_RET, _errno(errno.EPERM))])
    if not scoped_signals:  # kill(0) or kill(-pgrp) or kill(-1): everything but a pid is refused
        insns += _refuse_values(nr("kill"), 0, (0,), mask=0x80000000)
    insns.append(_insn(_RET, ALLOW))
    return b"".join(insns)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install(libc, **options):
    """Load the filter into this thread (no_new_privs must be set); a note when it cannot be."""
    code = program(**options)
    if code is None:
        return f"seccomp: no syscall table for {platform.machine()}"
    install_code(libc, code)
    return None


def install_code(libc, code):
    """Load the BPF program `code` (bytes) as a seccomp filter of this thread."""
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    buf = ctypes.create_string_buffer(code)
    prog = _SockFprog(len(code) // 8, ctypes.cast(buf, ctypes.c_void_p))
    if libc.prctl(22, 2, ctypes.addressof(prog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        err = ctypes.get_errno()
        raise OSError(err, f"seccomp: {errno.errorcode.get(err, err)}")
