"""Evaluator for num_maxflow: checked speedup over the reference maximum-flow solver.

Objective: `solve(problem)` gets problem["n"] (int), and the edges problem["src"][e] -> problem["dst"][e]
with integer capacities problem["cap"][e] (int arrays; distinct pairs, no self-loops) of a directed
network, and returns the value of a maximum flow from node 0 to node n - 1. The network structure
(layered, bipartite matching, grid, random) is fixed per task by params `kind`; groups: one per size
(params `sizes`). All capacities are integers, so the maximum flow value is an integer and is compared
exactly: an output is valid iff it is a single finite number equal to the reference's value (Edmonds-Karp
in Python). Any failure scores 0 with a one-line reason. Score: speedup = harmonic mean over the groups
of the median, over the group's instances and 2-4 passes, of (reference time / candidate time) in paired,
interleaved calls, each time the CPU time of the solver's processes (eft.judge.evaluate_algotune);
combined_score = speedup.
"""
from eft.judge import CandidateError, Task, as_array, evaluate_algotune


def check(problem: dict, expected, got, name: str) -> None:
    """Raise CandidateError unless `got` is exactly the maximum flow value."""
    value = float(as_array(got, name, (), max_size=1))
    if value != float(expected):
        raise CandidateError(f"{name}: flow value {value:.12g}, the maximum is {float(expected):.12g}")


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, check=check)
