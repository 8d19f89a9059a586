"""Evaluator for algotune_psd_cone_projection: checked speedup over the reference solver.

Objective: `solve(problem)` gets problem["A"], a symmetric n x n float64 matrix (n = 208, 232, 256, one
group each; A = (G + G^T)/2 with G standard normal) and returns X, its projection onto the positive
semidefinite cone: argmin ||X - A||_F over symmetric PSD X, i.e. A's eigen-decomposition with the negative
eigenvalues set to 0. The projection is unique, so an output is valid iff it is a finite n x n array,
symmetric (max|X - X^T| <= 1e-9 s, s = max|X_ref|) and equal to the reference projection X_ref elementwise
(|X - X_ref| <= 1e-9 s + 1e-9 |X_ref|; float32 arithmetic does not pass); such an X is PSD and at the
optimal distance from A up to that tolerance. An output that is not says why in one line: not symmetric; not
PSD (smallest eigenvalue of (X + X^T)/2 below -1e-9 f, f = ||A||_F); not the nearest PSD matrix (| ||X -
A||_F - ||X_ref - A||_F | > 1e-9 f); or else differs from the reference. Any failure scores 0. Score:
speedup = harmonic mean over the 3 size groups of the median, over the group's 8 instances and 2 or 3
passes, of (reference time / candidate time) in paired, interleaved calls, each time the CPU time of the
solver's processes (eft.judge.evaluate_algotune); combined_score = speedup.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, evaluate_algotune

TOL = 1e-9


def check(problem: dict, expected, got, name: str) -> None:
    """Raise CandidateError unless `got` is the PSD projection of problem["A"] (see the module docstring).

    Closeness to the reference decides (the projection is unique); the eigenvalue and distance checks run
    only for an output that is not close, to say what is wrong with it (they cost an O(n^3) solve each).
    """
    a = np.asarray(problem["A"], dtype=float)
    ref = np.asarray(expected, dtype=float)
    x = as_array(got, name, a.shape, max_size=a.size)
    scale, frobenius = float(np.max(np.abs(ref))), float(np.linalg.norm(a))
    asymmetry = float(np.max(np.abs(x - x.T)))
    if asymmetry > TOL * scale:
        raise CandidateError(f"{name}: output is not symmetric (max |X - X^T| = {asymmetry:.3g})")
    error = float(np.max(np.abs(x - ref) - TOL * np.abs(ref)))
    if error <= TOL * scale:
        return
    smallest = float(np.linalg.eigvalsh((x + x.T) / 2)[0])
    if smallest < -TOL * frobenius:
        raise CandidateError(f"{name}: output is not positive semidefinite (eigenvalue {smallest:.3g})")
    distance, optimum = float(np.linalg.norm(x - a)), float(np.linalg.norm(ref - a))
    if abs(distance - optimum) > TOL * frobenius:
        raise CandidateError(f"{name}: output is not the nearest PSD matrix (distance {distance:.12g}, "
                             f"optimum {optimum:.12g})")
    raise CandidateError(f"{name}: output differs from the reference solution (error {error:.3g})")


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, check=check)
