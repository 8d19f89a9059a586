"""Attack: Builds a scratch tree 1000 levels deep with 200-character names (far past PATH_MAX, and past the
recursion limit of `shutil.rmtree` on Python 3.11, which then raised RecursionError in the evaluator)."""
from contain import Attack, contained
from scratch import assert_scratch_gone, watch_scratch

ATTACK = Attack(
    name="scratch_deep_tree",
    task="circle_packing_26",
    reason=r"has shape",
    contained_by="iterative fd-relative scratch cleanup (eft.sandbox.cleanup)",
    limit_s=6.0,  # removing 1000 directories costs seconds on a disk mounted with `discard`
    program=r'''
import os


def run():
    if not os.path.isdir('d' * 200):
        for _ in range(1000):
            os.mkdir('d' * 200)
            os.chdir('d' * 200)
        os.chdir(os.environ['HOME'])
    return {'centers': [[0.5, 0.5]], 'radii': [0.1]}
''',
)


def test_scratch_deep_tree(tmp_path, monkeypatch):
    made = watch_scratch(monkeypatch)
    contained(ATTACK, tmp_path)
    assert_scratch_gone(made)
