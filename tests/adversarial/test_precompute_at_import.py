"""Attack: Reads every instance at import (untimed) to answer timed calls from a cache."""
from contain import Attack, contained

ATTACK = Attack(
    name="precompute_at_import",
    task="algotune_polynomial_roots",
    reason=r"differs from the reference|has shape",
    contained_by="inputs are sent only when each timed call starts",
    limit_s=20.0,
    program=r'''
import glob

import numpy as np

CACHE = {}
for path in glob.glob('@DATA@/instances/*.npy'):
    coefficients = np.load(path)
    CACHE[coefficients.tobytes()] = np.sort(np.roots(coefficients).real)[::-1]


def solve(problem):
    return CACHE.get(problem['coefficients'].tobytes(), np.zeros(1))
''',
)


def test_precompute_at_import(tmp_path):
    contained(ATTACK, tmp_path)
