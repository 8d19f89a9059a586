"""Proof (better): transforms sized for what each mode needs.

- "same" with a short kernel: overlap-add (scipy.signal.oaconvolve), FFTs of a few times the kernel's
  length instead of one of the whole signal's.
- "valid": a circular convolution of length >= len(x) is exact on the valid part (the wrap-around only
  reaches the first len(y) - 1 values, which "valid" drops), so the FFTs need about len(x) points
  instead of len(x) + len(y).
- otherwise the full-length real FFTs, as the reference.
"""
import numpy as np
from scipy import fft, signal

# EVOLVE-BLOCK-START


def solve(problem):
    """Linear convolution of problem["signal_x"] with problem["signal_y"], cut to problem["mode"]."""
    x, y, mode = problem["signal_x"], problem["signal_y"], problem["mode"]
    if len(x) < len(y):
        x, y = y, x
    if mode == "valid":
        size = fft.next_fast_len(len(x), real=True)
        circular = fft.irfft(fft.rfft(x, size) * fft.rfft(y, size), size)
        return np.ascontiguousarray(circular[len(y) - 1:len(x)])
    if mode == "same" and 8 * len(y) <= len(x):
        return signal.oaconvolve(problem["signal_x"], problem["signal_y"], mode="same")
    return signal.fftconvolve(problem["signal_x"], problem["signal_y"], mode=mode)
# EVOLVE-BLOCK-END
