"""Attack: kill(-1, SIGKILL): as root, without a fence, this kills every process on the machine."""
import pytest
from contain import LANDLOCK_ABI, Attack, contained

ATTACK = Attack(
    name="kill_everything",
    task="circle_packing_26",
    reason=r"has shape",
    contained_by="Landlock signal scoping (ABI >= 6): kill(-1) reaches only the candidate's own processes",
    program=r'''
import os
import signal


def run():
    os.kill(-1, signal.SIGKILL)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


@pytest.mark.skipif(LANDLOCK_ABI < 6, reason="without Landlock signal scoping this would kill the test runner")
def test_kill_everything(tmp_path):
    contained(ATTACK, tmp_path)
