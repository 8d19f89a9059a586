"""Attack: Writes shared memory files that would outlive the run."""
from contain import Attack, contained

ATTACK = Attack(
    name="write_dev_shm",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock",
    program=r'''
def run():
    open('/dev/shm/@MARK@', 'w').write('x')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_write_dev_shm(tmp_path):
    contained(ATTACK, tmp_path)
