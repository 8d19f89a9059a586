"""Attack: Connects to a server the test runs on 127.0.0.1 (a local service such as an LLM endpoint)."""
import socket

from contain import Attack, contained

ATTACK = Attack(
    name="network_loopback",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="seccomp: socket() fails with EACCES, loopback included",
    program=r'''
import socket


def run():
    socket.create_connection(('127.0.0.1', @PORT@), timeout=1).sendall(b'exfiltrate')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_network_loopback(tmp_path):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.settimeout(0.2)
        contained(ATTACK, tmp_path, PORT=str(server.getsockname()[1]))
        try:
            server.accept()
        except TimeoutError:
            return
        raise AssertionError("the candidate reached the loopback server")
