"""Evaluator for algotune_convolve2d: checked speedup over the reference solver.

Objective: `solve(problem)` gets problem["a"] (n x n) and problem["b"] (k x k), float64 arrays of
standard-normal entries ((n, k) = (96, 36), (128, 26), (160, 22), one group each), and returns their full
2-D convolution with zero fill, an (n + k - 1) x (n + k - 1) array: the reference is
scipy.signal.convolve2d(a, b, mode="full", boundary="fill"). An output is valid iff it is a finite array of
that shape with |got - ref| <= 1e-9 * max|ref| + 1e-9 * |ref| elementwise; anything else, or any failure,
scores 0 with a one-line reason. Score: speedup = harmonic mean over the 3 size groups of the median, over
the group's 8 instances and 2 or 3 passes, of (reference time / candidate time) in paired, interleaved
calls, each time the CPU time of the solver's processes (eft.judge.evaluate_algotune); combined_score =
speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # FFT-based results agree to ~1e-15 of the scale; float32 arithmetic (~1e-7) does not


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
