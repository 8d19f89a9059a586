"""Second autocorrelation inequality: C2 = ||g||_2^2 / (||g||_1 ||g||_inf), g = f * f (higher is better).

The candidate's `run()` returns the step heights of f >= 0 (not all zero). g = conv(f, f); ||g||_2^2 is
integrated exactly for the piecewise-linear interpolant of g on [-1/2, 1/2] with g = 0 at both ends
(len(g) + 1 equal intervals); ||g||_1 = sum|g| / (len(g) + 1); ||g||_inf = max|g|.
"""
import numpy as np

from eft.judge import Task, candidate_output, guarded, nonnegative_steps

REFERENCE = 0.8962799441554086
MAX_STEPS = 50_000


def c2(f: np.ndarray) -> float:
    g = np.convolve(f, f)
    y = np.concatenate(([0.0], g, [0.0]))
    width = 1.0 / (len(g) + 1)
    l2_squared = float(np.sum(width / 3.0 * (y[:-1] ** 2 + y[:-1] * y[1:] + y[1:] ** 2)))
    l1 = float(np.sum(np.abs(g))) / (len(g) + 1)
    linf = float(np.max(np.abs(g)))
    return l2_squared / (l1 * linf)


@guarded
def score(value) -> dict:
    f = nonnegative_steps(value, "f", MAX_STEPS)
    value_c2 = c2(f)
    return {"combined_score": value_c2 / REFERENCE, "c2": value_c2, "n_steps": len(f)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
