"""Attack: Plants a fake run under results/."""
from contain import Attack, contained

ATTACK = Attack(
    name="write_results",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock",
    program=r'''
import os


def run():
    os.makedirs('@REPO@/results/@MARK@/search', exist_ok=True)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_write_results(tmp_path):
    contained(ATTACK, tmp_path)
