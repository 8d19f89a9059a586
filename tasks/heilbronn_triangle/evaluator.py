"""Heilbronn problem for triangles: 11 points in a unit-area equilateral triangle, maximize the smallest
area of a triangle formed by three of them (higher is better).

The candidate's `run()` returns an 11x2 array of points inside the triangle with vertices (0, 0), (1, 0),
(1/2, sqrt(3)/2) (tolerance 1e-9). The metric is the minimum triangle area divided by the container's area.
"""
from itertools import combinations

import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

N_POINTS = 11
REFERENCE = 0.0365
TOL = 1e-9
VERTICES = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])
CONTAINER_AREA = np.sqrt(3) / 4
TRIPLES = np.array(list(combinations(range(N_POINTS), 3)))


def signed_area(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return 0.5 * ((b[..., 0] - a[..., 0]) * (c[..., 1] - a[..., 1]) - (c[..., 0] - a[..., 0]) * (b[..., 1] - a[..., 1]))


def check_inside(points: np.ndarray) -> None:
    """Each point must be on the inner side of all three edges (counter-clockwise vertices)."""
    for k in range(3):
        a, b = VERTICES[k], VERTICES[(k + 1) % 3]
        side = signed_area(a, b, points) / np.linalg.norm(b - a)
        if np.any(side < -TOL):
            raise CandidateError(f"point {int(np.argmin(side))} is outside the triangle")


def min_area(points: np.ndarray) -> float:
    tri = points[TRIPLES]
    return float(np.min(np.abs(signed_area(tri[:, 0], tri[:, 1], tri[:, 2]))) / CONTAINER_AREA)


@guarded
def score(value) -> dict:
    points = as_array(value, "points", (N_POINTS, 2))
    check_inside(points)
    area = min_area(points)
    return {"combined_score": area / REFERENCE, "min_area": area}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
