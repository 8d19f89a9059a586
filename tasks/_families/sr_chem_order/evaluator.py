"""Evaluator for the sr_chem_order family: LLM-SR-style symbolic regression of a reactant's rate law.

Candidate: `equation(t, A, params) -> dA/dt`, a skeleton with 10 free constants. The trusted harness
(eft.judge.evaluate_symreg) fits them with BFGS from all ones on the training rows inside the sandbox
(call_s, mem_mb), then predicts the in-domain test rows and the out-of-domain rows (concentrations
outside the trained range). Rejected with combined_score 0: a program that fails, times out, or returns
predictions that are not finite or not shaped like A. Score: nmse_id = sum((y - pred)^2) /
sum((y - mean y)^2) on the in-domain test rows (the metric, lower is better), and combined_score =
log10(1 + 1 / max(nmse_id, 1e-12)); nmse_ood and nmse_train are reported, not scored.
"""
from eft.judge import Task, evaluate_symreg


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_symreg(program_path, task, inputs=("t", "A"), target="dA_dt")
