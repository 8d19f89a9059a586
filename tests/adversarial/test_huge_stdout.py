"""Attack: Floods stdout."""
from contain import Attack, contained

ATTACK = Attack(
    name="huge_stdout",
    task="circle_packing_26",
    reason=r"File too large",
    contained_by="stdout goes to a capped file (RLIMIT_FSIZE); only the tail is read",
    program=r'''
import sys


def run():
    while True:
        sys.stdout.write('x' * 65536)
''',
)


def test_huge_stdout(tmp_path):
    contained(ATTACK, tmp_path)
