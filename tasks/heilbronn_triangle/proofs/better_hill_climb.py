"""Seeded hill climbing on the smallest triangle area: move one point of a smallest triangle at a time,
keep the move when the smallest area grows, shrink the step when nothing helps."""
from itertools import combinations

import numpy as np


# EVOLVE-BLOCK-START
def run():
    rng = np.random.default_rng(3)
    vertices = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])
    triples = np.array(list(combinations(range(11), 3)))

    def inside(p):
        x, y = p
        return y >= 0 and np.sqrt(3) * x - y >= 0 and np.sqrt(3) * (1 - x) - y >= 0

    def areas(points):
        a, b, c = points[triples[:, 0]], points[triples[:, 1]], points[triples[:, 2]]
        return 0.5 * np.abs((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1]))

    points = rng.dirichlet([1.0, 1.0, 1.0], size=11) @ vertices
    best = areas(points).min()
    step = 0.1
    for _ in range(3000):
        worst = triples[int(np.argmin(areas(points)))]
        i = int(rng.choice(worst))
        trial = points.copy()
        trial[i] = points[i] + rng.normal(0.0, step, 2)
        if not inside(trial[i]):
            continue
        value = areas(trial).min()
        if value > best:
            points, best = trial, value
        else:
            step = max(step * 0.999, 1e-4)
    return points
# EVOLVE-BLOCK-END
