"""Circle packing: 26 disjoint circles inside the unit square, maximize the sum of radii.

The candidate's `run()` returns {"centers": 26x2, "radii": 26}. Valid iff every radius is >= 0, every
circle lies inside [0, 1]^2 and no two overlap, each up to a tolerance of 1e-9.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded

N_CIRCLES = 26
REFERENCE = 2.635
TOL = 1e-9


def check_packing(centers: np.ndarray, radii: np.ndarray) -> None:
    """Raise CandidateError naming the first violated constraint."""
    if np.any(radii < 0):
        raise CandidateError("negative radius")
    outside = np.minimum(centers - radii[:, None], 1.0 - centers - radii[:, None]).min(axis=1)
    if np.any(outside < -TOL):
        raise CandidateError(f"circle {int(np.argmin(outside))} is not inside the unit square")
    gap = np.linalg.norm(centers[:, None, :] - centers[None, :, :], axis=2) - (radii[:, None] + radii[None, :])
    np.fill_diagonal(gap, np.inf)
    if np.any(gap < -TOL):
        i, j = np.unravel_index(int(np.argmin(gap)), gap.shape)
        raise CandidateError(f"circles {min(i, j)} and {max(i, j)} overlap")


@guarded
def score(value) -> dict:
    if not isinstance(value, dict) or not {"centers", "radii"} <= value.keys():
        raise CandidateError('run() must return {"centers": ..., "radii": ...}')
    centers = as_array(value["centers"], "centers", (N_CIRCLES, 2))
    radii = as_array(value["radii"], "radii", (N_CIRCLES,))
    check_packing(centers, radii)
    total = float(np.sum(radii))
    return {"combined_score": total / REFERENCE, "sum_radii": total}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    return score(candidate_output(task, program_path))
