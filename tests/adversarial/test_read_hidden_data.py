"""Attack: Lists and reads the cached held-out data of every task at import."""
from contain import Attack, contained

ATTACK = Attack(
    name="read_hidden_data",
    task="symreg_oscillator",
    reason=r"PermissionError: \[Errno 13\] Permission denied: '.*task-data'",
    contained_by="Landlock: task data and caches are unreadable",
    program=r'''
import os

LEAK = {name: os.listdir('@CACHE@/task-data/' + name) for name in os.listdir('@CACHE@/task-data')}


def equation(x, v, t, params):
    return params[0] * x
''',
)


def test_read_hidden_data(tmp_path):
    contained(ATTACK, tmp_path)
