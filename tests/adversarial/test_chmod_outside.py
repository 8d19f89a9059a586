"""Attack: Changes the permissions of files outside its scratch dir: the task's evaluator, the venv, home,
a file of the evaluating user's own and the candidate's own program, by path and through a read-only fd.

Landlock has no right for file metadata, so before this round a candidate running as the files' owner
(root here) could chmod the venv or the repository unreadable and break every later evaluation.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="chmod_outside",
    task="circle_packing_26",
    reason=r"^exception in run\(\): PermissionError: refused: chmod ",
    contained_by="a fresh uid per run owns nothing outside scratch (root); a read-only view of every mount "
                 "but scratch (user namespace, not root)",
    program=r'''
import os

TARGETS = ['@REPO@/tasks/circle_packing_26/evaluator.py', '@VENV@/pyvenv.cfg', '@SENTINEL@', '@HOME@', __file__]


def through_fd(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fchmod(fd, 0o777)
    finally:
        os.close(fd)


def run():
    open('own', 'w').close()
    os.chmod('own', 0o700)  # control: files in its scratch dir are its to change
    refused, escaped = [], []
    for path in TARGETS:
        for name, attempt in (('chmod', lambda: os.chmod(path, 0o777)), ('fchmod', lambda: through_fd(path))):
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


def test_chmod_outside(tmp_path):
    contained(ATTACK, tmp_path)
