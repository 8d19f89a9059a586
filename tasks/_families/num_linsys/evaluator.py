"""Evaluator for num_linsys: checked speedup over the reference dense linear system solver.

Objective: `solve(problem)` gets problem["A"], a nonsingular n x n float64 matrix (stored dense; its
structure, general, symmetric positive definite, banded, tridiagonal, Toeplitz, block-diagonal or a
low-rank update of I, is fixed per task by params `kind`), and problem["b"], a vector of length n or an
n x r matrix, and returns x with A x = b (shape (n,) or (n, r)). Groups: one per size n (params `sizes`).
Every A here has condition number below 1e5, so the backward error decides: an output is valid iff it
is a finite array of b's shape with
    ||A x - b||_F <= 1e-13 * (||A||_F * ||x||_F + ||b||_F),
which every backward-stable float64 method meets by two or more orders of magnitude (the reference, an
explicit inverse, reaches ~3e-16), and float32 (~2e-9) or an unconverged iteration does not. Any failure
scores 0 with a one-line reason. Score: speedup = harmonic mean over the groups of the median, over the
group's instances and 2-4 passes, of (reference time / candidate time) in paired, interleaved calls,
each time the CPU time of the solver's processes (eft.judge.evaluate_algotune); combined_score = speedup.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, evaluate_algotune

TOL = 1e-13


def check(problem: dict, expected, got, name: str) -> None:
    """Raise CandidateError unless `got` solves A x = b to the backward-error bound."""
    a, b = np.asarray(problem["A"], dtype=float), np.asarray(problem["b"], dtype=float)
    x = as_array(got, name, b.shape, max_size=b.size)
    # The test is homogeneous in (x, b), so dividing both by max|x| changes nothing but keeps every norm finite:
    # unscaled, x = 1e300 made the residual and the bound both overflow to inf, and inf <= inf passed.
    scale = max(1.0, float(np.max(np.abs(x))))
    x, b = x / scale, b / scale
    residual = float(np.linalg.norm(a @ x - b))
    bound = TOL * (float(np.linalg.norm(a)) * float(np.linalg.norm(x)) + float(np.linalg.norm(b)))
    if not residual <= bound:
        raise CandidateError(f"{name}: not a solution of A x = b (||A x - b|| = {residual * scale:.3g}, "
                             f"{bound * scale:.3g} allowed)")


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, check=check)
