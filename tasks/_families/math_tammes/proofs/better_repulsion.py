"""The seed's random directions, then deterministic repulsion: steps along the tangent part of the force of a
steep inverse-power potential, renormalised each step, which spreads the closest pairs apart."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, d, steps=400, power=12):
    rng = np.random.default_rng(7)
    points = rng.standard_normal((n, d))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    for step in range(steps):
        diff = points[:, None, :] - points[None, :, :]
        dist = np.linalg.norm(diff, axis=-1) + np.eye(n)
        force = np.sum(diff / dist[..., None] ** (power + 2), axis=1)
        force -= np.sum(force * points, axis=1, keepdims=True) * points
        size = np.linalg.norm(force, axis=1, keepdims=True).max()
        points += (0.05 * (1 - step / steps) + 0.002) * force / size
        points /= np.linalg.norm(points, axis=1, keepdims=True)
    return points
# EVOLVE-BLOCK-END
