"""Attack: A busy loop that never returns."""
from contain import Attack, contained

ATTACK = Attack(
    name="infinite_loop",
    task="circle_packing_26",
    reason=r"^timeout after 3s$",
    contained_by="wall-clock timeout; SIGKILL of the supervised tree",
    program=r'''
def run():
    while True:
        pass
''',
)


def test_infinite_loop(tmp_path):
    contained(ATTACK, tmp_path)
