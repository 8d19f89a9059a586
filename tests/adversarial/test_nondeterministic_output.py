"""Attack: Answers differently on every call (urandom), which would make scores irreproducible."""
from contain import Attack, contained

ATTACK = Attack(
    name="nondeterministic_output",
    task="circle_packing_26",
    reason=r"nondeterministic output",
    contained_by="the evaluator calls twice and requires identical answers",
    program=r'''
import os


def run():
    jitter = int.from_bytes(os.urandom(2), 'little') / 1e7
    centers = [[0.1 + 0.03 * i + jitter, 0.5] for i in range(26)]
    return {'centers': centers, 'radii': [0.001] * 26}
''',
)


def test_nondeterministic_output(tmp_path):
    contained(ATTACK, tmp_path)
