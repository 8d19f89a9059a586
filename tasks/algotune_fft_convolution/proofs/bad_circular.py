"""Proof (bad): FFTs without zero padding, i.e. circular convolution; the tail wraps onto the head."""
import numpy as np

# EVOLVE-BLOCK-START


def solve(problem):
    """Looks like the FFT method, but the transforms have len(x) + len(y) - 1 points only for "full"."""
    x, y, mode = problem["signal_x"], problem["signal_y"], problem["mode"]
    size = len(x) if mode != "full" else len(x) + len(y) - 1
    out = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(y, size), size)
    if mode == "same":
        return out[:len(x)]
    if mode == "valid":
        return out[:len(x) - len(y) + 1]
    return out
# EVOLVE-BLOCK-END
