"""Attack: Talks to a local daemon over a unix socket."""
from contain import Attack, contained

ATTACK = Attack(
    name="unix_socket",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="seccomp: socket() fails for every family",
    program=r'''
import socket


def run():
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).connect('/var/run/docker.sock')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_unix_socket(tmp_path):
    contained(ATTACK, tmp_path)
