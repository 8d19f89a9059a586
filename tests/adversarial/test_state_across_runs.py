"""Attack: Leaves state wherever it can write (working dir, HOME, TMPDIR, /tmp, /dev/shm, /var/tmp) and looks
for state left by another process in a later evaluation.

Decided: the calls of one sandboxed run share one process and one scratch dir, so a function may keep
state between them (it could as well in a global variable; `candidate_output` calls twice and requires
equal answers). Separate runs, such as two evaluations of the same program, share nothing: a leak would
show as `RuntimeError: state leaked` in the second evaluation.
"""
from contain import Attack, contained

ATTACK = Attack(
    name="state_across_runs",
    task="circle_packing_26",
    reason=r"has shape",
    contained_by="a fresh scratch dir (HOME, TMPDIR) per run; nothing else writable",
    program=r'''
import os

PLACES = ['.', os.environ.get('HOME', '.'), os.environ.get('TMPDIR', '.'), '/tmp', '/dev/shm', '/var/tmp']


def run():
    for place in PLACES:
        path = os.path.join(place, '@MARK@_state')
        try:
            owner = open(path).read()
        except OSError:
            owner = None
        if owner is not None and owner != str(os.getpid()):
            raise RuntimeError('state leaked from process ' + owner)
        try:
            open(path, 'w').write(str(os.getpid()))
        except OSError:
            pass
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_state_across_runs(tmp_path):
    contained(ATTACK, tmp_path)
    contained(ATTACK, tmp_path)  # a second, separate run of the same program
