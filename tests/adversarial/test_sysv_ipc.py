"""Attack: Creates System V shared memory, a message queue, a semaphore set and a POSIX message queue:
kernel objects that outlive the process that made them, and fill the machine run after run."""
from contain import Attack, contained

ATTACK = Attack(
    name="sysv_ipc",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: shmget ",
    contained_by="seccomp refuses System V IPC and mq_*; an IPC namespace per run besides, where available",
    program=r'''
import ctypes
import errno
import os

libc = ctypes.CDLL(None, use_errno=True)
IPC_CREAT, KEY = 0o1000, 0x0EF7A77C


def check(result):
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def run():
    refused, escaped = [], []
    for name, attempt in (
        ('shmget', lambda: libc.shmget(KEY, 1 << 20, IPC_CREAT | 0o600)),
        ('shmget private', lambda: libc.shmget(0, 1 << 20, IPC_CREAT | 0o600)),
        ('msgget', lambda: libc.msgget(KEY + 1, IPC_CREAT | 0o600)),
        ('semget', lambda: libc.semget(KEY + 2, 1, IPC_CREAT | 0o600)),
        ('mq_open', lambda: libc.mq_open(b'/@MARK@', os.O_CREAT | os.O_RDWR, 0o600, None)),
    ):
        try:
            check(attempt())
        except OSError as exc:
            refused.append(f'{name} {errno.errorcode.get(exc.errno, exc.errno)}')
        else:
            escaped.append(name)
    if escaped:
        return {'escaped': escaped}
    raise PermissionError('refused: ' + ', '.join(refused))
''',
)


def test_sysv_ipc(tmp_path):
    contained(ATTACK, tmp_path)
