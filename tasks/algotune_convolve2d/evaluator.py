"""Evaluator for algotune_convolve2d: checked speedup over the reference solver (eft.judge.evaluate_algotune)."""
from eft.judge import Task, evaluate_algotune


def evaluate(program_path: str, task: Task) -> dict:
    return evaluate_algotune(program_path, task, rtol=1e-6, atol=1e-8)
