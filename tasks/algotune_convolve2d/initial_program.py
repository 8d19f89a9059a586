"""Full 2-D convolution solver; the evaluator times it against a reference and checks every output."""
import numpy as np

# EVOLVE-BLOCK-START
PAD_FACTOR = 3.0


def solve(problem):
    """Full 2-D convolution of problem["a"] with problem["b"] (zero fill), as a (ra+rb-1, ca+cb-1) array."""
    a, b = problem["a"], problem["b"]
    rows, cols = a.shape[0] + b.shape[0] - 1, a.shape[1] + b.shape[1] - 1
    shape = (int(PAD_FACTOR * rows), int(PAD_FACTOR * cols))
    spectrum = np.fft.fft2(a, shape) * np.fft.fft2(b, shape)
    return np.fft.ifft2(spectrum).real[:rows, :cols]
# EVOLVE-BLOCK-END
