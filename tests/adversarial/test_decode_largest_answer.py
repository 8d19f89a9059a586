"""Attack: Returns the largest answer the decoder lets through (about 2 million floats, twice): decoding it,
comparing the two calls for determinism and checking it must all fit in the time limit."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_largest_answer",
    task="circle_packing_26",
    reason=r"^radii has more than 1000000 entries$",
    contained_by="bounded decoder, C-speed determinism check, as_array's size check before allocating",
    program=r'''
import numpy as np


def run():
    return {'centers': [[0.5, 0.5]] * 26, 'radii': np.random.default_rng(0).random(1_999_000)}
''',
)


def test_decode_largest_answer(tmp_path):
    contained(ATTACK, tmp_path)
