"""Attack: Lists and reads the held-out data of its own task copy at import."""
from contain import Attack, contained

ATTACK = Attack(
    name="read_hidden_data",
    task="symreg_oscillator",
    reason=r"PermissionError: \[Errno 13\] Permission denied: '.*/data'",
    contained_by="Landlock: task data is unreadable",
    program=r'''
import os

LEAK = {name: open(os.path.join('@DATA@', name)).read() for name in os.listdir('@DATA@')}


def equation(x, v, t, params):
    return params[0] * x
''',
)


def test_read_hidden_data(tmp_path):
    contained(ATTACK, tmp_path)
