"""Erdős minimum overlap: C5 upper bound from a step function h on [0, 2] (lower is better).

The candidate's `run()` returns h sampled at n points (dx = 2/n). h is rescaled so that ∫h = 1 exactly
(so a slightly smaller integral cannot lower C5), then must satisfy 0 <= h <= 1 (tolerance 1e-9).
C5 = max over shifts of correlate(h, 1 - h) * dx.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

REFERENCE = 0.38092303510845016
MAX_POINTS = 20_000
TOL = 1e-9


def c5(h: np.ndarray) -> float:
    dx = 2.0 / len(h)
    return float(np.max(np.correlate(h, 1.0 - h, mode="full")) * dx)


@guarded
def score(value) -> dict:
    h = as_array(value, "h", (None,), max_size=MAX_POINTS)
    if np.any(h < 0):
        raise CandidateError("h has negative values")
    total = float(np.sum(h)) * 2.0 / len(h)
    if total <= 0:
        raise CandidateError("h integrates to 0")
    h = h / total
    if np.max(h) > 1.0 + TOL:
        raise CandidateError(f"h exceeds 1 after rescaling to integral 1 (max {np.max(h):.6g})")
    h = np.minimum(h, 1.0)
    value_c5 = c5(h)
    return {"combined_score": REFERENCE / value_c5, "c5": value_c5, "n_points": len(h)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
