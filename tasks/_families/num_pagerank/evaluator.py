"""Evaluator for num_pagerank: checked speedup over the reference PageRank solver.

Objective: `solve(problem)` gets problem["n"] (int), problem["damping"] (float in (0, 1)) and the edges
problem["src"][e] -> problem["dst"][e] (int arrays; distinct pairs, no self-loops) of a directed graph,
and returns its PageRank vector x (length n, sum 1): the solution of x = damping * T x + (1 - damping) / n,
where T[j, i] = 1 / outdeg(i) for an edge i -> j and a dangling node i (no out-edges) has T[j, i] = 1 / n
for every j. Groups: one per size n (params `sizes`). The system's condition number is at most (1 + d) /
(1 - d), so an output is valid iff it is a finite array of shape (n,) with |got - ref| <= 1e-9 * max|ref|
+ 1e-9 * |ref| elementwise against the reference (dense LU); float32 solves and unconverged iterations do
not pass. Any failure scores 0 with a one-line reason. Score: speedup = harmonic mean over the groups of
the median, over the group's instances and 2-4 passes, of (reference time / candidate time) in paired,
interleaved calls, each time the CPU time of the solver's processes (eft.judge.evaluate_algotune);
combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # LU and a converged power iteration agree to ~1e-14 here


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
