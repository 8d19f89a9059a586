"""Circle packing: 26 disjoint circles in the unit square maximizing the sum of radii."""
import numpy as np


# EVOLVE-BLOCK-START
def place_centers():
    """One circle in the middle, a ring of 8 around it, a ring of 16 further out, one in a corner."""
    inner_ring = 0.3
    outer_ring = 0.7
    centers = [[0.5, 0.5]]
    for k in range(8):
        angle = 2 * np.pi * k / 8
        centers.append([0.5 + inner_ring * np.cos(angle), 0.5 + inner_ring * np.sin(angle)])
    for k in range(16):
        angle = 2 * np.pi * k / 16
        centers.append([0.5 + outer_ring * np.cos(angle), 0.5 + outer_ring * np.sin(angle)])
    centers.append([0.0, 0.0])
    return np.clip(np.array(centers), 0.01, 0.99)


def max_radii(centers):
    """Largest radii that keep circles inside the square and apart (shrinking overlapping pairs)."""
    radii = np.min(np.minimum(centers, 1.0 - centers), axis=1)
    for i in range(len(centers)):
        for j in range(i + 1, len(centers)):
            dist = np.linalg.norm(centers[i] - centers[j])
            if radii[i] + radii[j] > dist:
                scale = dist / (radii[i] + radii[j])
                radii[i] *= scale
                radii[j] *= scale
    return radii


def run():
    centers = place_centers()
    return {"centers": centers, "radii": max_radii(centers)}
# EVOLVE-BLOCK-END
