"""Heilbronn problems in other regions: n points in a region, maximize the smallest area of a triangle formed
by any three of them, relative to the region's area (higher is better).

params: n (number of points), region, one of
- "triangle": inside the equilateral triangle with vertices (0, 0), (1, 0), (1/2, sqrt(3)/2); area sqrt(3)/4;
- "disk": inside the unit disk x^2 + y^2 <= 1; area pi;
- "convex": anywhere in [-10, 10]^2; the region is the points' own convex hull (the smallest convex region
  holding them), so the score is scale- and affine-invariant.
The candidate's `run(n, region)` returns an n x 2 array. Rejected: a wrong shape, NaN/inf, a point outside the
region (tolerance 1e-9) and, for "convex", a hull of area below 1e-6 (too flat to measure reliably).
min_area = min over all triples |signed area| / region area; combined_score = min_area / params.target, a strong
value for that member (the best published one where known, else the best a long local search found here).
"""
from itertools import combinations

import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

TOL = 1e-9
BOX = 10.0
MIN_HULL_AREA = 1e-6
TRIANGLE = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])


def signed_area(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return 0.5 * ((b[..., 0] - a[..., 0]) * (c[..., 1] - a[..., 1]) - (c[..., 0] - a[..., 0]) * (b[..., 1] - a[..., 1]))


def hull_area(points: np.ndarray) -> float:
    """Area of the convex hull (monotone chain), exact up to rounding; 0 for collinear points."""
    pts = sorted(map(tuple, points))

    def half(seq):
        chain = []
        for p in seq:
            while len(chain) >= 2 and signed_area(np.array(chain[-2]), np.array(chain[-1]), np.array(p)) <= 0:
                chain.pop()
            chain.append(p)
        return chain[:-1]

    hull = np.array(half(pts) + half(pts[::-1]))
    if len(hull) < 3:
        return 0.0
    x, y = hull[:, 0], hull[:, 1]
    return float(0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def region_area(points: np.ndarray, region: str) -> float:
    """The area to normalise by, after checking every point lies in the region (CandidateError otherwise)."""
    if region == "triangle":
        for k in range(3):
            a, b = TRIANGLE[k], TRIANGLE[(k + 1) % 3]
            side = signed_area(a, b, points) / np.linalg.norm(b - a)
            if np.any(side < -TOL):
                raise CandidateError(f"point {int(np.argmin(side))} is outside the triangle")
        return float(np.sqrt(3) / 4)
    if region == "disk":
        radius = np.hypot(points[:, 0], points[:, 1])
        if np.any(radius > 1 + TOL):
            raise CandidateError(f"point {int(np.argmax(radius))} is outside the unit disk")
        return float(np.pi)
    if region == "convex":
        if np.any(np.abs(points) > BOX):
            raise CandidateError(f"a coordinate is outside [-{BOX:g}, {BOX:g}]")
        area = hull_area(points)
        if area < MIN_HULL_AREA:
            raise CandidateError(f"the points' convex hull has area {area:.3g} < {MIN_HULL_AREA:g}")
        return area
    raise ValueError(f"unknown region {region!r}")  # a task.yaml bug, not the candidate's


def min_area(points: np.ndarray, region: str) -> float:
    triples = np.array(list(combinations(range(len(points)), 3)))
    tri = points[triples]
    smallest = float(np.min(np.abs(signed_area(tri[:, 0], tri[:, 1], tri[:, 2]))))
    return smallest / region_area(points, region)


@guarded
def score(value, params: dict) -> dict:
    points = as_array(value, "points", (int(params["n"]), 2))
    area = min_area(points, params["region"])
    return {"combined_score": area / float(params["target"]), "min_area": area}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    params = task.params
    value = candidate_output(task, program_path, kwargs={"n": int(params["n"]), "region": params["region"]})
    return score(value, params)
