"""Evaluator for num_lstsq: checked speedup over the reference least-squares solver.

Objective: `solve(problem)` gets problem["A"], an m x n float64 matrix of full column rank (m > n), and
problem["b"], a float64 vector of length m or an m x r matrix, and returns x = argmin ||A x - b||_2 (n, or
n x r: one solution per column of b). Groups: one per column count n (task params `cols`). The minimiser is
characterised by the normal equations A^T (A x - b) = 0, so an output is valid iff it is a finite array of
the reference's shape whose gradient passes the backward-error test
    ||A^T (A x - b)||_F <= 1e-14 * ||A||_F * (||A||_F * ||x||_F + ||b||_F)
and whose residual is no larger than the reference's: ||A x - b||_F <= (1 + 1e-8) ||A x_ref - b||_F +
1e-14 ||b||_F (the gradient test alone would let x drift far along a nearly null direction of an
ill-conditioned A, where the gradient stays small but the residual grows). Every backward-stable method
(SVD, QR, Cholesky on the normal equations) passes both with orders of magnitude to spare; a float32
solve (~1e-10), a solve of a square subsystem or an unconverged iteration does not. Any failure scores 0 with a one-line reason. Score: speedup = harmonic mean over the
groups of the median, over the group's instances and 2-4 passes, of (reference time / candidate time)
in paired, interleaved calls, each time the CPU time of the solver's processes
(eft.judge.evaluate_algotune); combined_score = speedup.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, evaluate_algotune

TOL = 1e-14  # the reference (gelsd) reaches ~2e-17, float32 ~1e-10
RESIDUAL_RTOL = 1e-8  # legitimate solutions differ from the optimal residual by ~1e-16 relative


def check(problem: dict, expected, got, name: str) -> None:
    """Raise CandidateError unless `got` satisfies the normal equations to the backward-error bound and
    does not leave a larger residual than the reference solution `expected`."""
    a, b = np.asarray(problem["A"], dtype=float), np.asarray(problem["b"], dtype=float)
    shape = np.shape(expected)
    x = as_array(got, name, shape, max_size=int(np.prod(shape)))
    optimum = float(np.linalg.norm(a @ np.asarray(expected, dtype=float) - b))
    allowed = (1.0 + RESIDUAL_RTOL) * optimum + TOL * float(np.linalg.norm(b))
    # Both tests are homogeneous in (x, b, optimum): dividing by max|x| changes nothing but keeps every norm
    # finite (unscaled, a huge x overflowed the gradient and its bound to inf, and inf <= inf passed).
    big = max(1.0, float(np.max(np.abs(x))))
    x, b = x / big, b / big
    gradient = float(np.linalg.norm(a.T @ (a @ x - b)))
    scale = float(np.linalg.norm(a))
    bound = TOL * scale * (scale * float(np.linalg.norm(x)) + float(np.linalg.norm(b)))
    if not gradient <= bound:
        raise CandidateError(f"{name}: not a least-squares solution (||A^T (A x - b)|| = {gradient * big:.3g}, "
                             f"{bound * big:.3g} allowed)")
    residual = float(np.linalg.norm(a @ x - b))
    if not residual <= allowed / big:
        raise CandidateError(f"{name}: residual {residual * big:.12g} exceeds the least-squares optimum "
                             f"{optimum:.12g}")


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, check=check)
