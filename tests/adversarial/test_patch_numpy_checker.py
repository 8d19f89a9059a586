"""Attack: Patches numpy's comparison functions, then returns zeros."""
from contain import Attack, contained

ATTACK = Attack(
    name="patch_numpy_checker",
    task="algotune_polynomial_roots",
    reason=r"differs from the reference",
    contained_by="outputs are checked in the evaluator's process, not the candidate's",
    limit_s=20.0,
    program=r'''
import numpy as np

np.allclose = lambda *args, **kwargs: True
np.isclose = lambda *args, **kwargs: True


def solve(problem):
    return np.zeros(len(problem['coefficients']) - 1)
''',
)


def test_patch_numpy_checker(tmp_path):
    contained(ATTACK, tmp_path)
