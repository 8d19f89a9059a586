"""Attack: Forges an answer nested a million lists deep (the JSON parser would raise RecursionError)."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_deep_nesting",
    task="circle_packing_26",
    reason=r"^result nested deeper than \d+ levels$",
    contained_by="result decoder: RecursionError is caught, and depth is checked without recursion",
    program=r'''
import os
import sys


def run():
    out = os.fdopen(int(sys.argv[4]), 'wb')
    out.write(b'{"value": {"centers": ' + b'[' * 10**6 + b']' * 10**6 + b', "radii": [0.1]}}\n')
    out.flush()
    os._exit(0)
''',
)


def test_decode_deep_nesting(tmp_path):
    contained(ATTACK, tmp_path)
