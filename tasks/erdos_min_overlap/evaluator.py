"""Erdős minimum overlap: C5 upper bound from a step function h on [0, 2] (lower is better).

The candidate's `run()` returns h sampled at n points (1 <= n <= 1,000,000; dx = 2/n). The problem fixes
the scale by 0 <= h <= 1 and ∫h = sum(h) dx = 1; the evaluator scales h to ∫h = 1 itself (so a slightly
smaller integral cannot lower C5): first exactly, by the power of two that brings max(h) into [0.5, 1)
(an input at 1e-300 or 1e300 then cannot underflow or overflow the sum), then by 1 / ∫h. On the scaled h
it re-checks the constraints: h <= 1 within 1e-9 (float noise of the candidate's own normalisation; such
values are clamped to 1) and |∫h - 1| <= 1e-9. Then

    C5 = max over shifts k of sum_i h[i] (1 - h[i + k]) dx = max(correlate(h, 1 - h, "full")) * dx,

and combined_score = 0.38092303510845016 / C5 (the paper's normalisation). correlate is the direct sum up to
10,000 points and a float64 FFT above (relative error ~1e-15).

Invalid: anything but a 1-D array of finite numbers, a negative value (-0.0 is zero), h all zero, h above 1
after the scaling, or a C5 that is not finite or lies outside [0.379005, 1]: every admissible h has
C5 >= M >= 0.379005 (White 2022's lower bound on the minimum overlap M), and C5 <= ∫h = 1.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

REFERENCE = 0.38092303510845016
MAX_POINTS = 1_000_000
DIRECT_MAX = 10_000  # up to here one thread of BLAS does the direct sum (~0.1 s); above, an FFT
TOL = 1e-9
PROVEN_LOWER_BOUND = 0.379005


def correlation(h: np.ndarray) -> np.ndarray:
    """correlate(h, 1 - h, "full")."""
    if len(h) <= DIRECT_MAX:
        return np.correlate(h, 1.0 - h, mode="full")
    size = 1 << (2 * len(h) - 2).bit_length()
    corr = np.fft.irfft(np.fft.rfft(h, size) * np.conj(np.fft.rfft(1.0 - h, size)), size)
    return np.concatenate((corr[size - len(h) + 1:], corr[:len(h)]))


def c5(h: np.ndarray) -> float:
    """C5 of an admissible h (0 <= h <= 1, ∫h = 1)."""
    return float(np.max(correlation(h)) * (2.0 / len(h)))


def normalized(h: np.ndarray) -> np.ndarray:
    """h scaled to ∫h = 1 (exactly by a power of two first), constraints re-checked; CandidateError if not."""
    dx = 2.0 / len(h)
    h = np.ldexp(h, -int(np.frexp(np.max(h))[1]))
    h = h / (float(np.sum(h)) * dx)
    if np.max(h) > 1.0 + TOL:
        raise CandidateError(f"h exceeds 1 after scaling to integral 1 (max {np.max(h):.6g})")
    h = np.minimum(h, 1.0)
    integral = float(np.sum(h)) * dx
    if abs(integral - 1.0) > TOL:
        raise CandidateError(f"h does not integrate to 1 after scaling (integral {integral!r})")
    return h


@guarded
def score(value) -> dict:
    h = as_array(value, "h", (None,), max_size=MAX_POINTS)
    if np.any(h < 0):
        raise CandidateError("h has negative values")
    if not np.any(h > 0):
        raise CandidateError("h integrates to 0 (all values are zero)")
    value_c5 = c5(normalized(h))
    if not np.isfinite(value_c5) or not PROVEN_LOWER_BOUND <= value_c5 <= 1.0 + TOL:
        raise CandidateError(f"C5 = {value_c5!r} is impossible (every admissible h has "
                             f"{PROVEN_LOWER_BOUND} <= C5 <= 1)")
    return {"combined_score": REFERENCE / value_c5, "c5": value_c5, "n_points": len(h)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
