"""Attack: Allocates 64 GiB in one go."""
from contain import Attack, contained

ATTACK = Attack(
    name="memory_bomb_single",
    task="circle_packing_26",
    reason=r"MemoryError",
    contained_by="RLIMIT_AS (mem_mb per process)",
    program=r'''
def run():
    hog = b'x' * (64 << 30)
    return hog
''',
)


def test_memory_bomb_single(tmp_path):
    contained(ATTACK, tmp_path)
