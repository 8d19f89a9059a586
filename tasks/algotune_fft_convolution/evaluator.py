"""Evaluator for algotune_fft_convolution: checked speedup over the reference solver.

Objective: `solve(problem)` gets problem["signal_x"] (length n) and problem["signal_y"] (length m), 1-D
float64 arrays of standard-normal entries, and problem["mode"], one of "full" (n = m = 80000), "same" (n =
160000, m = 400) and "valid" (n = 100000, m = 90000), one group each, and returns their linear convolution
cut to that mode, as scipy.signal.fftconvolve(x, y, mode) does: "full" all n + m - 1 values, "same" the n
central ones, "valid" the n - m + 1 that need no zero padding. An output is valid iff it is a finite 1-D
array of the reference's length with |got - ref| <= 1e-9 * max|ref| + 1e-9 * |ref| elementwise; anything
else, or any failure, scores 0 with a one-line reason. Score: speedup = harmonic mean over the 3 mode groups
of the median, over the group's 8 instances and 2 or 3 passes, of (reference time / candidate time) in
paired, interleaved calls, each time the CPU time of the solver's processes (eft.judge.evaluate_algotune);
combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # FFT round-off is ~1e-15 of the scale; float32 arithmetic (~1e-7) does not pass


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
