"""Evaluator for symreg_oscillator: fit on train, score NMSE on held-out data (eft.judge.evaluate_symreg)."""
from eft.judge import Task, evaluate_symreg


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_symreg(program_path, task, inputs=("x", "v", "t"), target="a")
