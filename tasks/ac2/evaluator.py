"""Second autocorrelation inequality (AC2): C2 = ||g||_2^2 / (||g||_1 ||g||_inf), g = f * f (higher is better).

The candidate's `run()` returns the n step heights of f >= 0 (any n from 1 to 1,000,000). g = conv(f, f) is
the autoconvolution at the knots of the piecewise-linear f * f on [-1/2, 1/2], zero at both ends
(len(g) + 1 equal intervals), so the norms are exact for that function:
||g||_2^2 = sum over intervals of w/3 (y0^2 + y0 y1 + y1^2), w = 1 / (len(g) + 1);
||g||_1 = sum|g| / (len(g) + 1); ||g||_inf = max|g|. combined_score = C2 / 0.8962799441554086 (the paper's
normalisation).

Float-noise negatives down to -1e-6 are accepted and clamped to 0, as the public evaluators do (the clamped
f is what is scored, so the tolerance cannot raise a score); anything below -1e-6 is invalid. C2 does not
change when f is scaled, so it is computed on f times the power of two that brings max(f) into [0.5, 1):
an exact rescaling, so an input at 1e-300 or 1e300 scores exactly what its rescaled version scores. conv is
the direct sum up to 10,000 steps and a float64 FFT above (relative error ~1e-15).

Invalid: anything but a 1-D array of finite numbers, a height below -1e-6, all heights zero, or a C2 that
is not finite or lies outside (0, 1]: for g >= 0, ∫g^2 <= max(g) ∫g, so C2 <= 1 for every valid f.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

REFERENCE = 0.8962799441554086
MAX_STEPS = 1_000_000
DIRECT_MAX = 10_000  # up to here one thread of BLAS does the direct sum (~0.1 s); above, an FFT
NEGATIVE_TOL = 1e-6


def autoconvolution(f: np.ndarray) -> np.ndarray:
    if len(f) <= DIRECT_MAX:
        return np.convolve(f, f)
    size = 1 << (2 * len(f) - 2).bit_length()
    spectrum = np.fft.rfft(f, size)
    return np.fft.irfft(spectrum * spectrum, size)[:2 * len(f) - 1]


def rescaled(f: np.ndarray) -> np.ndarray:
    """f times the power of two that brings max|f| into [0.5, 1) (exact; f must not be all zero)."""
    return np.ldexp(f, -int(np.frexp(np.max(np.abs(f)))[1]))


def c2(f: np.ndarray) -> float:
    """C2 of the heights f >= 0, computed on their exact rescaling."""
    g = autoconvolution(rescaled(f))
    y = np.concatenate(([0.0], g, [0.0]))
    width = 1.0 / (len(g) + 1)
    l2_squared = float(np.sum(width / 3.0 * (y[:-1] ** 2 + y[:-1] * y[1:] + y[1:] ** 2)))
    l1 = float(np.sum(np.abs(g))) / (len(g) + 1)
    linf = float(np.max(np.abs(g)))
    return l2_squared / (l1 * linf)


@guarded
def score(value) -> dict:
    f = as_array(value, "f", (None,), max_size=MAX_STEPS)
    if np.any(f < -NEGATIVE_TOL):
        raise CandidateError(f"f has negative values (below -{NEGATIVE_TOL:g})")
    f = np.maximum(f, 0.0)
    if not np.any(f > 0):
        raise CandidateError("f sums to 0 (all heights are zero)")
    value_c2 = c2(f)
    if not np.isfinite(value_c2) or not 0 < value_c2 <= 1:
        raise CandidateError(f"C2 = {value_c2!r} is impossible (every valid f has 0 < C2 <= 1)")
    return {"combined_score": value_c2 / REFERENCE, "c2": value_c2, "n_steps": len(f)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
