"""Evaluator for num_spline: checked speedup over the reference batched cubic spline interpolation.

Objective: `solve(problem)` gets problem["x"] (B x n float64, each row strictly increasing knots from 0),
problem["y"] (B x n values), problem["queries"] (B x q points inside each row's knot range) and
problem["bc"] ("natural", "clamped" or "not-a-knot", fixed per task) and returns the B x q array of
values at row b's queries of the C2 cubic spline through row b's knots with that boundary condition
(scipy.interpolate.CubicSpline's definition: natural = zero second derivative at both ends, clamped = zero
first derivative, not-a-knot = continuous third derivative at the second and second-to-last knots).
Groups: one per knot count n (params `sizes`). An output is valid iff it is a finite B x q array with
|got - ref| <= 1e-9 * max|ref| + 1e-9 * |ref| elementwise against the reference (one CubicSpline per
row); another boundary condition, linear or float32 interpolation does not pass. Any failure scores 0
with a one-line reason. Score: speedup = harmonic mean over the groups of the median, over the group's
instances and 2-4 passes, of (reference time / candidate time) in paired, interleaved calls, each time
the CPU time of the solver's processes (eft.judge.evaluate_algotune); combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # float64 slope solves agree to ~1e-13 on these well-conditioned systems


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
