"""Evaluator for function_minimization: run the search with fixed seeds, score the points it returns.

The objective is recomputed here at each returned point; values the candidate reports are never used.
Metric `value` is the mean objective value at the returned points (lower is better), and
combined_score = 1 / (1 + (value - F_MIN)) (1.0 = the global minimum every time).
"""
import math

from eft.judge import CandidateError, Task, as_array, failure
from eft.sandbox import run_python

SEEDS = tuple(range(8))
BOUNDS = (-5.0, 5.0)
F_MIN = -1.518685840848579  # at (X_MIN, Y_MIN), found by dense grid + Nelder-Mead polishing
X_MIN, Y_MIN = -1.704083, 0.677508


def objective(x, y):
    return math.sin(x) * math.cos(y) + math.sin(x * y) + (x * x + y * y) / 20


def evaluate(program_path: str, task: Task) -> dict:
    result = run_python(program_path, "search_algorithm", [{"seed": s} for s in SEEDS], task.limits.call())
    if not result.ok:
        return failure(result.error)
    values, distances = [], []
    try:
        for seed, returned in zip(SEEDS, result.values):
            x, y = (float(c) for c in as_array(returned, f"point for seed {seed}", (2,)))
            if not (BOUNDS[0] <= x <= BOUNDS[1] and BOUNDS[0] <= y <= BOUNDS[1]):
                raise CandidateError(f"point for seed {seed} lies outside {list(BOUNDS)}^2")
            value = objective(x, y)
            values.append(value)
            distances.append(math.hypot(x - X_MIN, y - Y_MIN))
    except CandidateError as exc:
        return failure(str(exc))
    n = len(SEEDS)
    value = sum(values) / n
    return {"combined_score": 1.0 / (1.0 + max(0.0, value - F_MIN)), "value": value, "distance": sum(distances) / n}
