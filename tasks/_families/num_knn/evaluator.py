"""Evaluator for num_knn: checked speedup over the reference k-nearest-neighbour solver.

Objective: `solve(problem)` gets problem["points"] (n x d float64), problem["queries"] (m x d float64) and
problem["k"] (an int) and returns an m x k array of point indices: row i lists the k points nearest to
query i in Euclidean distance, nearest first. Groups: one per point count n (task params `sizes`). The
judge does not compare indices (near-ties may be broken either way) but distances: an output is valid iff
it is a finite m x k array of integers in [0, n), with no index twice in a row, and the distances from
query i to its listed points, recomputed here, equal the reference's sorted k smallest distances
elementwise within 1e-9 * (largest such distance of the instance). So a wrong neighbour, a missing one or
a wrong order all fail, and any failure scores 0 with a one-line reason. Score: speedup = harmonic mean
over the groups of the median, over the group's instances and 2-4 passes, of (reference time / candidate
time) in paired, interleaved calls, each time the CPU time of the solver's processes
(eft.judge.evaluate_algotune); combined_score = speedup.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, evaluate_algotune

TOL = 1e-9  # distances recomputed in float64 agree to ~1e-15; a neighbour swapped past a real gap does not


def _distances(problem: dict, indices: np.ndarray) -> np.ndarray:
    """Distance from each query to each of its listed points (m x k), by direct differences."""
    points, queries = np.asarray(problem["points"], dtype=float), np.asarray(problem["queries"], dtype=float)
    return np.sqrt(((points[indices] - queries[:, None, :]) ** 2).sum(axis=2))


def check(problem: dict, expected, got, name: str) -> None:
    """Raise CandidateError unless `got` lists the k nearest points of every query, nearest first."""
    ref = np.asarray(expected, dtype=np.int64)
    n = len(problem["points"])
    arr = as_array(got, name, ref.shape, max_size=ref.size)
    if not np.all((arr == np.round(arr)) & (arr >= 0) & (arr < n)):
        raise CandidateError(f"{name}: indices must be integers in [0, {n})")
    indices = arr.astype(np.int64)
    if ref.shape[1] > 1 and np.any(np.diff(np.sort(indices, axis=1), axis=1) == 0):
        raise CandidateError(f"{name}: a query lists the same point twice")
    want, have = _distances(problem, ref), _distances(problem, indices)
    error = np.abs(have - want)
    bound = TOL * float(np.max(want))
    if not np.all(error <= bound):
        i, j = np.unravel_index(int(np.argmax(error)), error.shape)
        raise CandidateError(f"{name}: query {i}, rank {j}: distance {have[i, j]:.12g}, the reference's "
                             f"{want[i, j]:.12g} (not the k nearest in order)")


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, check=check)
