"""Evaluator for algotune_polynomial_roots: checked speedup over the reference solver.

Objective: `solve(problem)` gets problem["coefficients"], the n + 1 float64 coefficients (highest degree
first) of a degree-n polynomial (n = 208, 224, 240, one group each; independent standard-normal
coefficients, all roots in 1/4 <= |z| <= 4 and pairwise at least 1e-3 apart) and returns the real parts of
all n roots, sorted in descending order (a conjugate pair contributes its real part twice). An output is
valid iff it is a finite array of shape (n,) with |got - ref| <= 1e-9 * max|ref| + 1e-9 * |ref| elementwise
against the reference (np.roots); anything else, or any failure, scores 0 with a one-line reason. Score:
speedup = harmonic mean over the 3 degree groups of the median, over the group's 8 instances and 2 or 3
passes, of (reference time / candidate time) in paired, interleaved calls, each time the CPU time of the
solver's processes (eft.judge.evaluate_algotune); combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # roots are computed to ~1e-13 here; float32 arithmetic (~1e-7) does not pass


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
