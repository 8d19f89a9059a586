"""Attack: Classic fork bomb."""
from contain import Attack, contained

ATTACK = Attack(
    name="fork_bomb",
    task="circle_packing_26",
    reason=r"timeout|process limit|Resource temporarily unavailable",
    contained_by="pids cgroup (max_procs) + supervisor sweep",
    program=r'''
import os


def run():
    while True:
        os.fork()
''',
)


def test_fork_bomb(tmp_path):
    contained(ATTACK, tmp_path)
