"""Evaluator for symreg_population_growth: fit on train, score NMSE on held-out data (eft.judge.evaluate_symreg)."""
from eft.judge import Task, evaluate_symreg


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_symreg(program_path, task, inputs=("t", "P"), target="dP_dt")
