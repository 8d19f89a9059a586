"""Attack: Drops a file into the repository."""
from contain import Attack, contained

ATTACK = Attack(
    name="write_repository",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock: the repository is neither writable nor readable",
    program=r'''
def run():
    with open('@REPO@/@MARK@.py', 'w') as fh:
        fh.write('pwned')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_write_repository(tmp_path):
    contained(ATTACK, tmp_path)
