"""The seed's random points, then a deterministic hill climb: move one point at a time by a shrinking random
step, kept only if it stays in the region and the smallest triangle area grows."""
from itertools import combinations

import numpy as np

VERTICES = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])


def inside(p, region):
    if region == "triangle":
        for k in range(3):
            a, b = VERTICES[k], VERTICES[(k + 1) % 3]
            if (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) < 0:
                return False
        return True
    if region == "disk":
        return p[0] ** 2 + p[1] ** 2 <= 1.0
    return 0.0 <= p[0] <= 1.0 and 0.0 <= p[1] <= 1.0


def hull_area(points):
    pts = sorted(map(tuple, points))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def half(seq):
        chain = []
        for p in seq:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
        return chain[:-1]

    hull = np.array(half(pts) + half(pts[::-1]))
    x, y = hull[:, 0], hull[:, 1]
    return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def objective(points, triples, region):
    t = points[triples]
    a, b, c = t[:, 0], t[:, 1], t[:, 2]
    areas = 0.5 * np.abs((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1]))
    return areas.min() / (hull_area(points) if region == "convex" else 1.0)


def seed_points(n, region):
    rng = np.random.default_rng(7)
    shrink = 0.9
    if region == "triangle":
        weights = rng.dirichlet([1.0, 1.0, 1.0], size=n)
        centroid = VERTICES.mean(axis=0)
        return centroid + shrink * (weights @ VERTICES - centroid)
    if region == "disk":
        angle = rng.uniform(0, 2 * np.pi, n)
        radius = shrink * np.sqrt(rng.uniform(0, 1, n))
        return np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return rng.uniform(0, 1, size=(n, 2))


# EVOLVE-BLOCK-START
def run(n, region, steps=3000):
    points = seed_points(n, region)
    triples = np.array(list(combinations(range(n), 3)))
    best = objective(points, triples, region)
    rng = np.random.default_rng(1)
    for step in range(steps):
        scale = 0.2 * (1 - step / steps) + 0.002
        i = rng.integers(n)
        trial = points.copy()
        trial[i] = points[i] + scale * rng.standard_normal(2)
        if not inside(trial[i], region):
            continue
        value = objective(trial, triples, region)
        if value > best:
            points, best = trial, value
    return points
# EVOLVE-BLOCK-END
