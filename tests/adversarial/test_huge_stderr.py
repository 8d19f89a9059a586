"""Attack: Floods stderr."""
from contain import Attack, contained

ATTACK = Attack(
    name="huge_stderr",
    task="circle_packing_26",
    reason=r"File too large",
    contained_by="stderr goes to a capped file (RLIMIT_FSIZE); only the tail is read",
    program=r'''
import sys


def run():
    while True:
        sys.stderr.write('x' * 65536)
''',
)


def test_huge_stderr(tmp_path):
    contained(ATTACK, tmp_path)
