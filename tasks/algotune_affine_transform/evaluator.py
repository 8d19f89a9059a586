"""Evaluator for algotune_affine_transform: checked speedup over the reference solver.

Objective: `solve(problem)` gets problem["image"], an n x n float64 image, and problem["matrix"], a 2 x 3
float64 affine map [M | offset], and returns the n x n image whose pixel (i, j) is the cubic-spline
interpolant of the image at M @ (i, j) + offset, and 0 where that point lies outside the image: the
reference is scipy.ndimage.affine_transform(image, matrix, order=3, mode="constant", cval=0.0). Groups: n =
352 with general matrices (rotation, scale, shear), n = 320 and n = 384 with axis-aligned ones (per-axis
scale). An output is valid iff it is a finite n x n array with |got - ref| <= 1e-9 * max|ref| + 1e-9 * |ref|
elementwise; anything else, or any failure, scores 0 with a one-line reason. Score: speedup = harmonic mean
over the 3 groups of the median, over the group's 8 instances and 2 or 3 passes, of (reference time /
candidate time) in paired, interleaved calls, each time the CPU time of the solver's processes
(eft.judge.evaluate_algotune); combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # any float64 evaluation of the same spline agrees to ~1e-14; order 1, or float32, does not


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
