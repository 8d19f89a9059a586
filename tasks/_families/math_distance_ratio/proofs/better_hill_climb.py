"""The seed's random points, then a deterministic hill climb on (max distance / min distance)^2: move one point
by a shrinking random step, keep the move when the ratio drops."""
import numpy as np


def ratio_sq(points):
    diff = points[:, None, :] - points[None, :, :]
    dist_sq = np.sum(diff * diff, axis=-1)[np.triu_indices(len(points), k=1)]
    return dist_sq.max() / dist_sq.min()


# EVOLVE-BLOCK-START
def run(n, d, steps=4000):
    rng = np.random.default_rng(7)
    points = rng.uniform(0.0, 1.0, size=(n, d))
    best = ratio_sq(points)
    rng = np.random.default_rng(1)
    for step in range(steps):
        scale = 0.1 * (1 - step / steps) + 0.001
        i = rng.integers(n)
        trial = points.copy()
        trial[i] += scale * rng.standard_normal(d)
        value = ratio_sq(trial)
        if value < best:
            points, best = trial, value
    return points
# EVOLVE-BLOCK-END
