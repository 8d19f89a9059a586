"""Attack: Links a scratch entry to the repository and writes through it."""
from contain import Attack, contained

ATTACK = Attack(
    name="symlink_escape",
    task="circle_packing_26",
    reason=r"PermissionError",
    contained_by="Landlock checks the resolved path, not the link",
    program=r'''
import os


def run():
    os.symlink('@REPO@', 'escape')
    open('escape/@MARK@', 'w').write('x')
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_symlink_escape(tmp_path):
    contained(ATTACK, tmp_path)
