"""Attack: Sleeps far past the timeout (no CPU use, so the CPU rlimit never fires)."""
from contain import Attack, contained

ATTACK = Attack(
    name="sleep_past_timeout",
    task="circle_packing_26",
    reason=r"^timeout after 3s$",
    contained_by="wall-clock timeout; SIGKILL of the supervised tree",
    program=r'''
import time


def run():
    time.sleep(3600)
''',
)


def test_sleep_past_timeout(tmp_path):
    contained(ATTACK, tmp_path)
