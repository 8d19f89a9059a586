"""A plausible but wrong packing: the seed's centre-and-rings layout with each radius set by the square's
walls only, never shrunk for its neighbours, so neighbouring circles overlap; it must be rejected."""
import numpy as np


# EVOLVE-BLOCK-START
def run():
    centers = [[0.5, 0.5]]
    for k in range(8):
        angle = 2 * np.pi * k / 8
        centers.append([0.5 + 0.3 * np.cos(angle), 0.5 + 0.3 * np.sin(angle)])
    for k in range(16):
        angle = 2 * np.pi * k / 16
        centers.append([0.5 + 0.7 * np.cos(angle), 0.5 + 0.7 * np.sin(angle)])
    centers.append([0.0, 0.0])
    centers = np.clip(np.array(centers), 0.01, 0.99)
    radii = np.min(np.minimum(centers, 1.0 - centers), axis=1)
    return {"centers": centers, "radii": radii}
# EVOLVE-BLOCK-END
