"""Proof (bad): cross-correlation instead of convolution (the kernel is not flipped); same shape, wrong values."""
from scipy import signal

# EVOLVE-BLOCK-START


def solve(problem):
    """Looks like the full convolution, but correlates: output[i, j] pairs a with b unflipped."""
    return signal.correlate2d(problem["a"], problem["b"], mode="full", boundary="fill", fillvalue=0.0)
# EVOLVE-BLOCK-END
