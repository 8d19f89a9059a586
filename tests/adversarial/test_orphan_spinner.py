"""Attack: Leaves a CPU-burning child behind after returning."""
from contain import Attack, contained

ATTACK = Attack(
    name="orphan_spinner",
    task="circle_packing_26",
    reason=r"has shape|expected",
    contained_by="subreaper tree sweep",
    program=r'''
import os


def run():
    if os.fork() == 0:
        while True:
            pass
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_orphan_spinner(tmp_path):
    contained(ATTACK, tmp_path)
