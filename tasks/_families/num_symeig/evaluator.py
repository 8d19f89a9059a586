"""Evaluator for num_symeig: checked speedup over the reference symmetric eigenvalue solver.

Objective: `solve(problem)` gets problem["A"], a symmetric n x n float64 matrix (exactly symmetric; its
structure, dense, banded, tridiagonal, a graph Laplacian, low-rank or with clustered eigenvalues, is
fixed per task by params `kind`) and returns its n eigenvalues in ascending order. Groups: one per size n
(params `sizes`). Eigenvalues are perfectly conditioned (Weyl: a backward error E moves each by at most
||E||_2), so an output is valid iff it is a finite array of shape (n,) with |got - ref| <= 1e-10 *
max|ref| elementwise against the reference (np.linalg.eigh); float64 methods agree to ~1e-14, float32 to
~1e-7, and a wrong order fails. Any failure scores 0 with a one-line reason. Score: speedup = harmonic
mean over the groups of the median, over the group's instances and 2-4 passes, of (reference time /
candidate time) in paired, interleaved calls, each time the CPU time of the solver's processes
(eft.judge.evaluate_algotune); combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = 0.0  # eigenvalue errors scale with ||A||, not with the eigenvalue itself (small ones are not relative-accurate)
ATOL = 1e-10  # relative to max|eigenvalue| = ||A||_2


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
