"""Attack: Reads the supervisor's environment through /proc."""
from contain import Attack, contained

ATTACK = Attack(
    name="read_parent_memory",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock: /proc of other processes is unreadable, ptrace is scoped",
    program=r'''
import os


def run():
    with open(f'/proc/{os.getppid()}/environ', 'rb') as fh:
        return fh.read().decode()
''',
)


def test_read_parent_memory(tmp_path):
    contained(ATTACK, tmp_path)
