"""First autocorrelation inequality: C1 from a non-negative step function on [-1/4, 1/4] (lower is better).

The candidate's `run()` returns the n step heights a (a >= 0, not all zero).
C1 = 2n * max(conv(a, a)) / (sum a)^2.
"""
import numpy as np

from eft.judge import Task, candidate_output, guarded, nonnegative_steps

REFERENCE = 1.5052939684401607
MAX_STEPS = 20_000


def c1(a: np.ndarray) -> float:
    return float(2 * len(a) * np.max(np.convolve(a, a)) / np.sum(a) ** 2)


@guarded
def score(value) -> dict:
    a = nonnegative_steps(value, "a", MAX_STEPS)
    value_c1 = c1(a)
    return {"combined_score": REFERENCE / value_c1, "c1": value_c1, "n_steps": len(a)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
