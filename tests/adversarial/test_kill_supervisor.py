"""Attack: Tries to SIGKILL its supervisor, so that its children would escape the sweep."""
from contain import Attack, contained

ATTACK = Attack(
    name="kill_supervisor",
    task="circle_packing_26",
    reason=r"PermissionError|Operation not permitted",
    contained_by="Landlock signal scoping (ABI >= 6): no signal leaves the sandbox",
    program=r'''
import os
import signal


def run():
    os.kill(os.getppid(), signal.SIGKILL)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_kill_supervisor(tmp_path):
    contained(ATTACK, tmp_path)
