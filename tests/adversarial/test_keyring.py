"""Attack: Stores keys in the session and user keyrings and joins a new named session keyring: kernel
objects that outlive the run (and, in an inherited session keyring, reach the evaluator's)."""
from contain import Attack, contained

ATTACK = Attack(
    name="keyring",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: add_key ",
    contained_by="seccomp refuses add_key, request_key and keyctl",
    program=r'''
import ctypes
import errno
import os
import platform

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
ADD_KEY, REQUEST_KEY, KEYCTL = {'x86_64': (248, 249, 250), 'aarch64': (217, 218, 219)}[platform.machine()]
SESSION, USER = -3, -4  # KEY_SPEC_SESSION_KEYRING, KEY_SPEC_USER_KEYRING


def check(result):
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def run():
    refused, escaped = [], []
    for name, attempt in (
        ('add_key', lambda: libc.syscall(ADD_KEY, b'user', b'@MARK@', b'secret', 6, SESSION)),
        ('add_key user', lambda: libc.syscall(ADD_KEY, b'user', b'@MARK@', b'secret', 6, USER)),
        ('request_key', lambda: libc.syscall(REQUEST_KEY, b'user', b'@MARK@', None, SESSION)),
        ('keyctl join', lambda: libc.syscall(KEYCTL, 1, b'@MARK@')),  # KEYCTL_JOIN_SESSION_KEYRING
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


def test_keyring(tmp_path):
    contained(ATTACK, tmp_path)
