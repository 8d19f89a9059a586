"""Attack: Writes into /tmp and into other runs' scratch dirs."""
from contain import Attack, contained

ATTACK = Attack(
    name="write_tmp_and_other_runs",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock: only this run's scratch dir is writable",
    program=r'''
import glob


def run():
    for other in glob.glob('/tmp/eft-sandbox-*'):
        open(other + '/@MARK@', 'w').write('x')
    open('/tmp/@MARK@', 'w').write('x')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_write_tmp_and_other_runs(tmp_path):
    contained(ATTACK, tmp_path)
