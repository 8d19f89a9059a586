"""Attack: Writes a forged answer into the runner's result pipe at import."""
from contain import Attack, contained

ATTACK = Attack(
    name="forge_result_channel",
    task="circle_packing_26",
    reason=r"malformed message|before its call was sent",
    contained_by="the parent expects exactly one ready message, then one answer per call it sent",
    program=r'''
import os
import sys

os.write(int(sys.argv[4]), b'{"value": {"centers": [], "radii": []}}\n')


def run():
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_forge_result_channel(tmp_path):
    contained(ATTACK, tmp_path)
