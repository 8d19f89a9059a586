"""Attack: Reaches for kernel code no candidate needs and that has a history of privilege escalations:
user, mount and other namespaces (unshare and clone), userfaultfd, perf events, BPF, io_uring, fanotify,
file handles, kcmp, pidfd_getfd, personality flags, typing into a terminal (TIOCSTI), mounts, and making
itself undumpable (which would hide its /proc entries from a non-root watchdog).

Each call is passed deliberately bad arguments where the kernel would check them, so a call the filter
lets through fails with EINVAL, EFAULT, ENOTTY or EBADF (the kernel looked at it) instead of the
filter's EPERM/EACCES/ENOSYS; only the latter count as refused.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="kernel_surface",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: unshare\(NEWUSER\) EPERM",
    contained_by="seccomp (refused before the kernel parses the arguments)",
    program=r'''
import ctypes
import errno
import os
import platform

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
NR = {
    'x86_64': dict(clone=56, userfaultfd=323, perf_event_open=298, bpf=321, io_uring_setup=425,
                   fanotify_init=300, open_by_handle_at=304, kcmp=312, pidfd_getfd=438, personality=135,
                   setns=308, mount=165),
    'aarch64': dict(clone=220, userfaultfd=282, perf_event_open=241, bpf=280, io_uring_setup=425,
                    fanotify_init=262, open_by_handle_at=265, kcmp=272, pidfd_getfd=438, personality=92,
                    setns=268, mount=40),
}[platform.machine()]
REFUSED = {errno.EPERM, errno.EACCES, errno.ENOSYS}
CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET, SIGCHLD = 0x10000000, 0x00020000, 0x40000000, 17
TIOCSTI = 0x5412


def call(name, *args):
    return libc.syscall(NR[name], *args)


def clone_newuser():
    pid = call('clone', CLONE_NEWUSER | SIGCHLD, None, None, None, None)
    if pid == 0:
        os._exit(0)
    if pid > 0:
        os.waitpid(pid, 0)
    return pid


def run():
    attempts = (
        ('unshare(NEWUSER)', lambda: libc.unshare(CLONE_NEWUSER)),
        ('unshare(NEWNS)', lambda: libc.unshare(CLONE_NEWNS)),
        ('unshare(NEWNET)', lambda: libc.unshare(CLONE_NEWNET)),
        ('clone(NEWUSER)', clone_newuser),
        ('setns', lambda: call('setns', -1, 0)),
        ('userfaultfd', lambda: call('userfaultfd', 0xFFFF)),
        ('perf_event_open', lambda: call('perf_event_open', None, 0, -1, -1, 0)),
        ('bpf', lambda: call('bpf', 0, None, 0)),
        ('io_uring_setup', lambda: call('io_uring_setup', 0, None)),
        ('fanotify_init', lambda: call('fanotify_init', 0xFFFFFFFF, 0)),
        ('open_by_handle_at', lambda: call('open_by_handle_at', -1, None, 0)),
        ('kcmp', lambda: call('kcmp', os.getpid(), os.getpid(), 99, 0, 0)),
        ('pidfd_getfd', lambda: call('pidfd_getfd', -1, 0, 0)),
        ('personality', lambda: call('personality', 0x0400000)),  # READ_IMPLIES_EXEC
        ('TIOCSTI', lambda: libc.ioctl(0, TIOCSTI, b'x')),
        ('mount', lambda: call('mount', b'none', b'/nonexistent', b'tmpfs', 0, None)),
        ('prctl(PR_SET_DUMPABLE)', lambda: libc.prctl(4, 0, 0, 0, 0)),
    )
    refused, escaped = [], []
    for name, attempt in attempts:
        result = attempt()
        code = ctypes.get_errno() if result < 0 else 0
        if result < 0 and code in REFUSED:
            refused.append(f'{name} {errno.errorcode[code]}')
        else:
            escaped.append(f'{name} {errno.errorcode.get(code, result)}')
    if escaped:
        return {'escaped': escaped}
    raise PermissionError('refused: ' + ', '.join(refused))
''',
)


def test_kernel_surface(tmp_path):
    contained(ATTACK, tmp_path)
