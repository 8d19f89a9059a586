"""Thomson problem and its Riesz-energy generalisation: n points on the unit sphere S^2 with the smallest Riesz
s-energy, the sum over pairs of 1 / |x_i - x_j|^s (s = 1 is Thomson's electrons; lower is better).

params: n, s, target. The candidate's `run(n, s)` returns an n x 3 array; each row is divided by its norm here,
so the points are always on the sphere. Rejected: a wrong shape, NaN/inf, a row of norm below 1e-6 or above
1e6, and two points closer than 1e-6 (the energy would be dominated by rounding). energy is computed here from
the normalised points. combined_score = target / energy, with target the best known energy for that member
(the published putative minimum for s = 1, else the lowest energy a long local search found here).
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

MIN_NORM, MAX_NORM = 1e-6, 1e6
MIN_DISTANCE = 1e-6


def riesz_energy(points: np.ndarray, s: float) -> float:
    norms = np.linalg.norm(points, axis=1)
    bad = np.flatnonzero((norms < MIN_NORM) | (norms > MAX_NORM))
    if bad.size:
        raise CandidateError(f"row {int(bad[0])} has norm {norms[bad[0]]:.3g}, outside [{MIN_NORM:g}, {MAX_NORM:g}]")
    unit = points / norms[:, None]
    diff = unit[:, None, :] - unit[None, :, :]
    dist = np.sqrt(np.sum(diff * diff, axis=-1))[np.triu_indices(len(points), k=1)]
    if dist.min() < MIN_DISTANCE:
        raise CandidateError(f"two points are closer than {MIN_DISTANCE:g} on the sphere")
    return float(np.sum(dist ** -s))


@guarded
def score(value, params: dict) -> dict:
    points = as_array(value, "points", (int(params["n"]), 3))
    energy = riesz_energy(points, float(params["s"]))
    return {"combined_score": float(params["target"]) / energy, "energy": energy}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    params = task.params
    value = candidate_output(task, program_path, kwargs={"n": int(params["n"]), "s": float(params["s"])})
    return score(value, params)
