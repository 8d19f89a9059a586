"""The k-module puzzle: choose one option for each of k modules to maximise the total score (higher is better).

The candidate's `run(unary, edges, pair, allowed)` gets the instance as int64 numpy arrays: unary (k x m,
score of option o of module i), edges (E x 2, interacting modules i < j), pair (E x m x m, score of the
option pair on edge e) and allowed (E x m x m, 0 where the two options are incompatible). It returns k
option indices. value = sum_i unary[i, o_i] + sum_e pair[e, o_i, o_j], computed here in exact integers.
Rejected: not k integers, an index outside 0..m-1, and any edge whose chosen pair is not allowed.
combined_score = max(0, value) / planted_value, the value of the hidden configuration the instance was built
around (feasible, with a bonus on its options; the optimum may exceed it slightly). Pair scores can be negative,
so a valid configuration can total below 0; it scores 0 like a failure, never less.
"""
import numpy as np

from eft.judge import CandidateError, Task, as_array, candidate_output, guarded


def total(choice: np.ndarray, inst: dict) -> int:
    i, j = inst["edges"][:, 0], inst["edges"][:, 1]
    e = np.arange(len(inst["edges"]))
    return int(inst["unary"][np.arange(len(choice)), choice].sum() + inst["pair"][e, choice[i], choice[j]].sum())


@guarded
def score(value, inst: dict, planted: np.ndarray) -> dict:
    k, m = inst["unary"].shape
    raw = as_array(value, "choice", (k,))
    if np.any(raw != np.round(raw)):
        raise CandidateError("choice must hold integer option indices")
    if np.any(raw < 0) or np.any(raw > m - 1):
        raise CandidateError(f"an option index is outside 0..{m - 1}")
    choice = raw.astype(np.int64)
    i, j = inst["edges"][:, 0], inst["edges"][:, 1]
    ok = inst["allowed"][np.arange(len(i)), choice[i], choice[j]]
    if not np.all(ok):
        e = int(np.argmin(ok))
        raise CandidateError(f"modules {int(i[e])} and {int(j[e])} use incompatible options "
                             f"{int(choice[i[e]])} and {int(choice[j[e]])}")
    got, reference = total(choice, inst), total(planted, inst)
    if reference <= 0:
        raise ValueError(f"planted value {reference} is not positive")  # a data.py bug, not the candidate's
    return {"combined_score": max(0, got) / reference, "value": float(got), "planted_value": float(reference)}


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    with np.load(task.data_dir / "instance.npz") as data:
        inst = {key: data[key] for key in ("unary", "edges", "pair", "allowed")}
    planted = np.load(task.data_dir / "planted.npy")
    value = candidate_output(task, program_path, kwargs=dict(inst))
    return score(value, inst, planted)
