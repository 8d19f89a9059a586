"""Attack: Forges both answers with 4000-digit integers as coordinates (float() of them overflows; Python
still parses them, under its 4300-digit limit)."""
from contain import Attack, contained

ATTACK = Attack(
    name="decode_giant_int",
    task="circle_packing_26",
    reason=r"^result contains an integer of more than 400 digits$",
    contained_by="result decoder: integer literals are bounded before they are converted",
    program=r'''
import os
import sys


def run():
    big = '9' * 4000
    centers = ', '.join(['[%s, %s]' % (big, big)] * 26)
    line = '{"value": {"centers": [%s], "radii": [%s]}}\n' % (centers, ', '.join([big] * 26))
    out, calls = os.fdopen(int(sys.argv[4]), 'wb'), os.fdopen(int(sys.argv[3]), 'rb')
    out.write(line.encode())
    out.flush()
    calls.readline()  # the second call: answer it the same way, then leave before the runner can
    out.write(line.encode())
    out.flush()
    os._exit(0)
''',
)


def test_decode_giant_int(tmp_path):
    contained(ATTACK, tmp_path)
