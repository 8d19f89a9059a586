"""A plausible but wrong answer: sinc-shaped heights whose side lobes go well below zero (far past the
-1e-6 float-noise tolerance); f must be non-negative, so it must be rejected."""
import numpy as np

# EVOLVE-BLOCK-START
N_STEPS = 50


def run():
    return np.sinc(np.linspace(-3.0, 3.0, N_STEPS))
# EVOLVE-BLOCK-END
