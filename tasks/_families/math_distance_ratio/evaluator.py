"""Minimum distance ratio: n points in R^d whose largest pairwise distance is as small as possible relative to
their smallest one (lower is better).

params: n, d, target. The candidate's `run(n, d)` returns an n x d array with every coordinate in [-1e3, 1e3].
ratio_sq = (max pairwise distance / min pairwise distance)^2, computed here from the points (scale-invariant).
Rejected: a wrong shape, NaN/inf, a coordinate out of range, and points whose smallest distance is below
1e-9 of the largest (coincident points have no finite ratio). combined_score = target / ratio_sq, with target
a strong known value for that member (published where known, else the best a long local search found here).
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

BOX = 1e3
MIN_REL_DISTANCE = 1e-9


def ratio_sq(points: np.ndarray) -> float:
    diff = points[:, None, :] - points[None, :, :]
    dist_sq = np.sum(diff * diff, axis=-1)[np.triu_indices(len(points), k=1)]
    largest, smallest = float(dist_sq.max()), float(dist_sq.min())
    if not smallest > (MIN_REL_DISTANCE ** 2) * largest:
        raise CandidateError("two points (nearly) coincide: the smallest distance is below 1e-9 of the largest")
    return largest / smallest


@guarded
def score(value, params: dict) -> dict:
    points = as_array(value, "points", (int(params["n"]), int(params["d"])))
    if np.any(np.abs(points) > BOX):
        raise CandidateError(f"a coordinate is outside [-{BOX:g}, {BOX:g}]")
    ratio = ratio_sq(points)
    return {"combined_score": float(params["target"]) / ratio, "ratio_sq": ratio}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    params = task.params
    value = candidate_output(task, program_path, kwargs={"n": int(params["n"]), "d": int(params["d"])})
    return score(value, params)
