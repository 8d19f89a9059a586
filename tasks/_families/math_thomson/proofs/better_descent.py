"""The seed's random points, then deterministic projected gradient descent on the Riesz energy with a step
that is halved whenever it would raise the energy."""
import numpy as np


def energy_and_force(points, s):
    diff = points[:, None, :] - points[None, :, :]
    dist = np.sqrt(np.sum(diff * diff, axis=-1)) + np.eye(len(points))
    inv = dist ** -s - np.eye(len(points))
    energy = np.sum(np.triu(inv, k=1))
    force = s * np.sum(diff * (inv / dist ** 2)[..., None], axis=1)
    return energy, force - np.sum(force * points, axis=1, keepdims=True) * points


# EVOLVE-BLOCK-START
def run(n, s, steps=300):
    rng = np.random.default_rng(7)
    points = rng.standard_normal((n, 3))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    energy, force = energy_and_force(points, s)
    step = 0.1 / n
    for _ in range(steps):
        trial = points + step * force
        trial /= np.linalg.norm(trial, axis=1, keepdims=True)
        trial_energy, trial_force = energy_and_force(trial, s)
        if trial_energy < energy:
            points, energy, force = trial, trial_energy, trial_force
            step *= 1.2
        else:
            step *= 0.5
    return points
# EVOLVE-BLOCK-END
