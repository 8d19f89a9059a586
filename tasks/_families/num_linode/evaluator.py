"""Evaluator for num_linode: checked speedup over the reference linear ODE solver.

Objective: `solve(problem)` gets problem["A"] (n x n float64), problem["x0"] (length n), problem["dt"]
(float > 0) and problem["steps"] (int K) and returns the K x n array whose row k - 1 is x(k dt), the exact
solution of x' = A x, x(0) = x0 at time k dt, i.e. expm(A k dt) @ x0 (k = 1..K). The structure of A
(stable random, stiff advection-diffusion, lightly damped oscillators, a spring chain, non-normal
triangular, a Markov generator) is fixed per task by params `kind`; groups: one per size n (params
`sizes`). An output is valid iff it is a finite K x n array with |got - ref| <= 1e-9 * max|ref| + 1e-9 *
|ref| elementwise against the reference (one scipy.linalg.expm per time); any exact-in-float64 method
passes with room to spare, a low-order time stepper or float32 does not. Any failure scores 0 with a
one-line reason. Score: speedup = harmonic mean over the groups of the median, over the group's
instances and 2-4 passes, of (reference time / candidate time) in paired, interleaved calls, each time
the CPU time of the solver's processes (eft.judge.evaluate_algotune); combined_score = speedup.
"""
from eft.judge import Task, evaluate_algotune

RTOL = ATOL = 1e-9  # expm-based solutions agree to ~1e-13 here; Euler or RK4 with practical steps do not


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=RTOL, atol=ATOL)
