"""Proof (better): the same convolution through FFTs, O(N log N) instead of the direct O(n^2 k^2) sum."""
from scipy import signal

# EVOLVE-BLOCK-START


def solve(problem):
    """Full 2-D convolution of problem["a"] with problem["b"] via real FFTs of the zero-padded arrays."""
    return signal.fftconvolve(problem["a"], problem["b"], mode="full")
# EVOLVE-BLOCK-END
