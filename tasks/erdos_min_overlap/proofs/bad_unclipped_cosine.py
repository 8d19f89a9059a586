"""A plausible but wrong h: a cosine bump 0.5 + 0.7 cos(pi (x - 1)) normalized to integral 1 but never
clipped to [0, 1], so it dips below 0 near both ends; it must be rejected, not scored."""
import numpy as np

# EVOLVE-BLOCK-START
N_POINTS = 200


def run():
    x = (np.arange(N_POINTS) + 0.5) * 2.0 / N_POINTS
    h = 0.5 + 0.7 * np.cos(np.pi * (x - 1.0))
    return h / (np.sum(h) * 2.0 / N_POINTS)
# EVOLVE-BLOCK-END
