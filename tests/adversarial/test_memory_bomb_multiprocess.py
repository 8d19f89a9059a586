"""Attack: Eight processes of 700 MiB each: every one is under the per-process limit, the total is not."""
from contain import Attack, contained

ATTACK = Attack(
    name="memory_bomb_multiprocess",
    task="circle_packing_26",
    reason=r"memory limit exceeded|timeout after 3s",
    contained_by="tree RSS watchdog: the sum over all processes is capped at mem_mb",
    program=r'''
import os
import time


def run():
    for _ in range(8):
        if os.fork() == 0:
            hog = b'x' * (700 << 20)
            time.sleep(60)
    time.sleep(60)
''',
)


def test_memory_bomb_multiprocess(tmp_path):
    contained(ATTACK, tmp_path)
