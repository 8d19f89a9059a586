"""Attack: Freezes time.perf_counter to make its calls look instant."""
from contain import Attack, contained

ATTACK = Attack(
    name="fake_clock",
    task="algotune_polynomial_roots",
    reason=r"candidate replaced time\.perf_counter",
    contained_by="calls are timed by the parent; a replaced clock is also reported",
    limit_s=20.0,
    program=r'''
import time

import numpy as np


def solve(problem):
    time.perf_counter = lambda: 0.0
    return np.sort(np.roots(problem['coefficients']).real)[::-1]
''',
)


def test_fake_clock(tmp_path):
    contained(ATTACK, tmp_path)
