"""Attack: Grows resident memory 64 MiB at a time."""
from contain import Attack, contained

ATTACK = Attack(
    name="memory_bomb_gradual",
    task="circle_packing_26",
    reason=r"MemoryError|memory limit exceeded|timeout after 3s",
    contained_by="RLIMIT_AS, and the tree RSS watchdog",
    program=r'''
def run():
    hog = []
    while True:
        hog.append(b'x' * (64 << 20))
''',
)


def test_memory_bomb_gradual(tmp_path):
    contained(ATTACK, tmp_path)
