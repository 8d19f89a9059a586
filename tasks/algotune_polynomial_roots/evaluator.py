"""Evaluator for algotune_polynomial_roots: checked speedup over the reference solver (eft.tasks.algotune)."""
from pathlib import Path

from eft.tasks.algotune import evaluate_algotune

TASK_DIR = Path(__file__).resolve().parent


def evaluate(program_path):
    return evaluate_algotune(program_path, TASK_DIR, rtol=1e-6, atol=1e-8)
