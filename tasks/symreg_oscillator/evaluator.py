"""Evaluator for symreg_oscillator: fit the skeleton on train, score NMSE on held-out data (eft.tasks.symreg)."""
from pathlib import Path

from eft.tasks.symreg import evaluate_symreg

TASK_DIR = Path(__file__).resolve().parent


def evaluate(program_path):
    return evaluate_symreg(program_path, TASK_DIR, inputs=("x", "v", "t"), target="a")
