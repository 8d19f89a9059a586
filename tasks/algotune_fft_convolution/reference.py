"""Trusted reference solver for algotune_fft_convolution: scipy.signal.fftconvolve."""
from scipy import signal


def solve(problem):
    """Linear convolution of problem["signal_x"] with problem["signal_y"], cut to problem["mode"]."""
    return signal.fftconvolve(problem["signal_x"], problem["signal_y"], mode=problem["mode"])
