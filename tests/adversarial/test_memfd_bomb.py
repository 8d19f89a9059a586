"""Attack: Fills anonymous in-memory files (memfd) with 2 GiB, 4x its memory limit, and holds them.

The pages are in no process's resident set and no mapping counts them against RLIMIT_AS, so the old RSS
watchdog never saw them.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="memfd_bomb",
    task="circle_packing_26",
    reason=r"memory limit exceeded|killed by signal SIGKILL",
    contained_by="memory cgroup (every page charged); without one, the watchdog sums memfds held open",
    mem_mb=512,
    program=r'''
import os
import time


def run():
    chunk = b'x' * (32 << 20)  # under the file-size limit, which memfds obey too
    held = []
    for i in range(64):
        fd = os.memfd_create('@MARK@')
        os.write(fd, chunk)
        held.append(fd)
    time.sleep(60)
''',
)


def test_memfd_bomb(tmp_path):
    contained(ATTACK, tmp_path)
