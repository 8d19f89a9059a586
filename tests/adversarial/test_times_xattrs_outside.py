"""Attack: Changes timestamps, extended attributes and ownership of files outside its scratch dir (the
task's evaluator, the venv, home, a file of the evaluating user's own, its own program)."""
from contain import Attack, contained

ATTACK = Attack(
    name="times_xattrs_outside",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: utime ",
    contained_by="seccomp refuses chown and xattr writes everywhere, utime without a uid drop or read-only "
                 "view; a fresh uid (root) or a read-only view (not root) stops the rest",
    program=r'''
import os

TARGETS = ['@REPO@/tasks/circle_packing_26/evaluator.py', '@VENV@/pyvenv.cfg', '@SENTINEL@', '@HOME@', __file__]


def run():
    refused, escaped = [], []
    for path in TARGETS:
        for name, attempt in (
            ('utime', lambda: os.utime(path, (0, 0))),
            ('touch', lambda: os.utime(path)),
            ('setxattr', lambda: os.setxattr(path, 'user.@MARK@', b'1')),
            ('chown', lambda: os.chown(path, os.getuid(), os.getgid())),
        ):
            try:
                attempt()
            except OSError as exc:
                refused.append(f'{name} {os.path.basename(path)} {exc.strerror}')
            else:
                escaped.append(f'{name} {path}')
    if escaped:
        return {'escaped': escaped}
    raise PermissionError('refused: ' + ', '.join(refused))
''',
)


def test_times_xattrs_outside(tmp_path):
    contained(ATTACK, tmp_path)
