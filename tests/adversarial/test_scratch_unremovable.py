"""Attack: Leaves a scratch tree that resists removal: chmod-000 and read-only folders with files in them,
a file without permissions, a symlink loop, and a link to a folder outside the sandbox (which a cleanup
that followed links would empty)."""
from contain import Attack, contained
from scratch import (
    assert_scratch_gone,
    assert_sentinel_intact,
    sentinel_dir,
    watch_scratch,
)

ATTACK = Attack(
    name="scratch_unremovable",
    task="circle_packing_26",
    reason=r"has shape",
    contained_by="scratch cleanup restores permissions and never follows links",
    program=r'''
import os


def run():
    if not os.path.lexists('outside'):
        os.makedirs('locked/a/b')
        open('locked/a/b/file', 'w').write('x')
        os.chmod('locked/a/b', 0)
        os.chmod('locked/a', 0)
        os.makedirs('readonly/sub')
        open('readonly/sub/file', 'w').write('x')
        os.chmod('readonly/sub', 0o500)
        os.chmod('readonly', 0o500)
        open('noperm', 'w').write('x')
        os.chmod('noperm', 0)
        os.symlink('loop', 'loop')
        os.symlink('.', 'self')
        os.symlink('@SENTINEL@', 'outside')
        os.chmod('.', 0o500)
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_scratch_unremovable(tmp_path, monkeypatch):
    made = watch_scratch(monkeypatch)
    sentinel = sentinel_dir(tmp_path)
    contained(ATTACK, tmp_path, SENTINEL=str(sentinel))
    assert_scratch_gone(made)
    assert_sentinel_intact(sentinel)
