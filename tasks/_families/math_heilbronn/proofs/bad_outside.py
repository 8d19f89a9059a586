"""Known-bad: every point is scaled far outside the region (for "convex", past the [-10, 10] box), which
would make the triangles huge; the judge must reject it."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, region):
    angle = 2 * np.pi * np.arange(n) / n
    return 50.0 * np.stack([np.cos(angle), np.sin(angle)], axis=1)
# EVOLVE-BLOCK-END
