"""Attack: Returns a 96 MB array as its result."""
from contain import Attack, contained

ATTACK = Attack(
    name="huge_result",
    task="circle_packing_26",
    reason=r"^output too large$",
    contained_by="size cap on the result message (max_file_mb)",
    program=r'''
import numpy as np


def run():
    return {'centers': [[0.5, 0.5]], 'radii': np.zeros(12_000_000)}
''',
)


def test_huge_result(tmp_path):
    contained(ATTACK, tmp_path)
