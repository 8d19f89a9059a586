"""Known-bad: fewer rows than asked (n - 1 points), the extra room would make triangles bigger."""
import numpy as np


# EVOLVE-BLOCK-START
def run(n, region):
    angle = 2 * np.pi * np.arange(n - 1) / (n - 1)
    return 0.5 * np.stack([np.cos(angle), np.sin(angle)], axis=1)
# EVOLVE-BLOCK-END
