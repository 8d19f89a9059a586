"""First autocorrelation inequality (AC1): C1 of a non-negative step function on [-1/4, 1/4] (lower is better).

The candidate's `run()` returns the n step heights a of f (any n from 1 to 1,000,000: no cap in the
problem; the published 30,000-step construction is accepted). f * f is piecewise linear with knots on the
grid, so sup(f * f) / (∫f)^2 is exactly

    C1 = 2n * max(conv(a, a)) / (sum a)^2,

the task's metric; combined_score = 1.5052939684401607 / C1 (the paper's normalisation).

C1 does not change when a is scaled, so it is computed on a times the power of two that brings max(a) into
[0.5, 1): an exact rescaling, so an input at 1e-300 or 1e300 (where the sum or the products would underflow
or overflow) scores exactly what its rescaled version scores. conv is the direct sum up to 10,000 steps and
a float64 FFT above (relative error ~1e-15 on the maximum).

Invalid: anything but a 1-D array of finite numbers, a negative height (-0.0 is zero), all heights zero,
or a C1 that is not finite or lies below 1.28, the proven lower bound for every non-negative f
(Cloninger & Steinerberger 2017), which no valid input can reach.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

REFERENCE = 1.5052939684401607
MAX_STEPS = 1_000_000
DIRECT_MAX = 10_000  # up to here one thread of BLAS does the direct sum (~0.1 s); above, an FFT
PROVEN_LOWER_BOUND = 1.28


def autoconvolution(a: np.ndarray) -> np.ndarray:
    if len(a) <= DIRECT_MAX:
        return np.convolve(a, a)
    size = 1 << (2 * len(a) - 2).bit_length()
    spectrum = np.fft.rfft(a, size)
    return np.fft.irfft(spectrum * spectrum, size)[:2 * len(a) - 1]


def rescaled(a: np.ndarray) -> np.ndarray:
    """a times the power of two that brings max|a| into [0.5, 1) (exact; a must not be all zero)."""
    return np.ldexp(a, -int(np.frexp(np.max(np.abs(a)))[1]))


def c1(a: np.ndarray) -> float:
    """C1 of the heights a >= 0, computed on their exact rescaling."""
    a = rescaled(a)
    return float(2 * len(a) * np.max(autoconvolution(a)) / np.sum(a) ** 2)


@guarded
def score(value) -> dict:
    a = as_array(value, "a", (None,), max_size=MAX_STEPS)
    if np.any(a < 0):
        raise CandidateError("a has negative values")
    if not np.any(a > 0):
        raise CandidateError("a sums to 0 (all heights are zero)")
    value_c1 = c1(a)
    if not np.isfinite(value_c1) or value_c1 < PROVEN_LOWER_BOUND:
        raise CandidateError(f"C1 = {value_c1!r} is impossible (every valid f has C1 >= {PROVEN_LOWER_BOUND})")
    return {"combined_score": REFERENCE / value_c1, "c1": value_c1, "n_steps": len(a)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
