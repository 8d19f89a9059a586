"""Tammes problem / spherical codes: n points on the unit sphere S^(d-1) whose smallest angular separation is
as large as possible (higher is better).

params: n, d, target. The candidate's `run(n, d)` returns an n x d array; each row is a direction and is
divided by its norm here, so only directions count. Rejected: a wrong shape, NaN/inf, and a row of norm below
1e-6 or above 1e6 (no reliable direction). min_angle_deg = the smallest angle between two of the unit vectors,
in degrees, computed from the largest pairwise dot product. combined_score = min_angle_deg / target, with target
the best known angle for that member (the proven Tammes optimum where there is one).
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

MIN_NORM, MAX_NORM = 1e-6, 1e6


def min_angle_deg(points: np.ndarray) -> float:
    norms = np.linalg.norm(points, axis=1)
    bad = np.flatnonzero((norms < MIN_NORM) | (norms > MAX_NORM))
    if bad.size:
        raise CandidateError(f"row {int(bad[0])} has norm {norms[bad[0]]:.3g}, outside [{MIN_NORM:g}, {MAX_NORM:g}]")
    unit = points / norms[:, None]
    cos = (unit @ unit.T)[np.triu_indices(len(points), k=1)]
    return float(np.degrees(np.arccos(np.clip(cos.max(), -1.0, 1.0))))


@guarded
def score(value, params: dict) -> dict:
    points = as_array(value, "points", (int(params["n"]), int(params["d"])))
    angle = min_angle_deg(points)
    return {"combined_score": angle / float(params["target"]), "min_angle_deg": angle}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    params = task.params
    value = candidate_output(task, program_path, kwargs={"n": int(params["n"]), "d": int(params["d"])})
    return score(value, params)
