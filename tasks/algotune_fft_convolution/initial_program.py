"""1-D convolution through the FFT; the evaluator times it against a reference solver and checks every output."""
from scipy import signal

# EVOLVE-BLOCK-START


def solve(problem):
    """Linear convolution of problem["signal_x"] with problem["signal_y"], cut to problem["mode"].

    scipy.signal.fftconvolve: real FFTs of both signals zero-padded to a fast length >= len(x) + len(y) - 1,
    multiplied, transformed back, and the "full", "same" or "valid" part returned.
    """
    return signal.fftconvolve(problem["signal_x"], problem["signal_y"], mode=problem["mode"])
# EVOLVE-BLOCK-END
