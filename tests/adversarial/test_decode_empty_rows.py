"""Attack: Returns np.zeros((10**9, 0)): a 130-byte .npy with no data that `tolist()` turns into 10^9 lists."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_empty_rows",
    task="circle_packing_26",
    reason=r"^result too large",
    contained_by="result decoder: zero-length axes still count the rows `tolist()` would make",
    program=r'''
import numpy as np


def run():
    return {'centers': np.zeros((10**9, 0)), 'radii': np.zeros((0, 10**9))}
''',
)


def test_decode_empty_rows(tmp_path):
    contained(ATTACK, tmp_path)
