"""A plausible but wrong answer: a parabola 0.9 - x^2 on [-1, 1], whose outermost heights dip below zero
(f must be non-negative); C1's formula would still return a number, so it must be rejected."""
import numpy as np

# EVOLVE-BLOCK-START
N_STEPS = 600


def run():
    x = np.linspace(-1.0, 1.0, N_STEPS)
    return 0.9 - x ** 2
# EVOLVE-BLOCK-END
