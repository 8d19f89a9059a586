"""Full 2-D convolution solver; the evaluator times it against a reference solver and checks every output."""
from scipy import signal

# EVOLVE-BLOCK-START


def solve(problem):
    """Full 2-D convolution of problem["a"] with problem["b"], zero fill outside a.

    Direct summation (scipy.signal.convolve2d): every output entry is a sum over all of b.
    """
    return signal.convolve2d(problem["a"], problem["b"], mode="full", boundary="fill", fillvalue=0.0)
# EVOLVE-BLOCK-END
