"""Attack: Makes a connected pair of unix sockets, a socket family the docs promised was refused too."""
from contain import Attack, contained

ATTACK = Attack(
    name="socketpair",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: \[Errno 13\] Permission denied",
    contained_by="seccomp: socketpair() fails like socket()",
    program=r'''
import socket


def run():
    a, b = socket.socketpair()
    a.send(b'x')
    return {'got': b.recv(1).decode()}
''',
)


def test_socketpair(tmp_path):
    contained(ATTACK, tmp_path)
