"""Attack: Starts a new-session sleeper with an empty environment, so no environment marker could find it."""
from contain import Attack, contained

ATTACK = Attack(
    name="daemon_clean_env",
    task="circle_packing_26",
    reason=r"has shape|expected",
    contained_by="subreaper tree sweep (no reliance on environment markers)",
    program=r'''
import subprocess


def run():
    subprocess.Popen(['sleep', '3600', '@MARK@'], start_new_session=True, env={}, close_fds=True)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_daemon_clean_env(tmp_path):
    contained(ATTACK, tmp_path)
