"""Attack: Double-forks a setsid daemon that execs a sleeper, then returns at once."""
from contain import Attack, contained

ATTACK = Attack(
    name="daemon_double_fork",
    task="circle_packing_26",
    reason=r"has shape|expected",
    contained_by="supervisor is a subreaper: the setsid daemon stays in its tree and is swept",
    program=r'''
import os
import sys


def run():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, '-c', 'import time; time.sleep(3600)', '@MARK@'])
        os._exit(0)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_daemon_double_fork(tmp_path):
    contained(ATTACK, tmp_path)
