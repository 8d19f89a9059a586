"""Evaluator for the sr_osc_restoring family: LLM-SR-style symbolic regression of a nonlinear spring's law.

Candidate: `equation(x, v, t, params) -> a`, a skeleton with 10 free constants. The trusted harness
(eft.judge.evaluate_symreg) fits them with BFGS from all ones on the training rows inside the sandbox
(call_s, mem_mb), then predicts the in-domain test rows and the out-of-domain rows (displacements and
velocities beyond the trained range). Rejected with combined_score 0: a program that fails, times out, or
returns predictions that are not finite or not shaped like x. Score: nmse_id = sum((a - pred)^2) /
sum((a - mean a)^2) on the in-domain test rows (the metric, lower is better), and combined_score =
log10(1 + 1 / max(nmse_id, 1e-12)); nmse_ood and nmse_train are reported, not scored.
"""
from eft.judge import Task, evaluate_symreg


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_symreg(program_path, task, inputs=("x", "v", "t"), target="a")
