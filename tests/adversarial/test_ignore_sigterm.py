"""Attack: Ignores every catchable signal, then spins."""
from contain import Attack, contained

ATTACK = Attack(
    name="ignore_sigterm",
    task="circle_packing_26",
    reason=r"^timeout after 3s$",
    contained_by="SIGKILL (cannot be caught or ignored)",
    program=r'''
import signal

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
    signal.signal(sig, signal.SIG_IGN)


def run():
    while True:
        pass
''',
)


def test_ignore_sigterm(tmp_path):
    contained(ATTACK, tmp_path)
