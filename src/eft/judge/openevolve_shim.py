"""Runs inside the sandbox: import an OpenEvolve-style evaluator by path and call `evaluate(program_path)`.

The imported evaluator runs the candidate in its own process, so it runs confined as a whole; only plain
numbers leave this process (OpenEvolve's EvaluationResult is reduced to its metrics).
"""
import importlib.util
import math
import os
import sys


def evaluate(program_path, evaluator_path):
    folder = os.path.dirname(os.path.abspath(evaluator_path))
    sys.path.insert(0, folder)  # the evaluator may import helpers kept beside it
    spec = importlib.util.spec_from_file_location("imported_evaluator", evaluator_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate(program_path)
    metrics = getattr(result, "metrics", result)
    if not isinstance(metrics, dict):
        raise TypeError(f"evaluate() returned {type(metrics).__name__}, expected a dict of metrics")
    numbers = {}
    for key, value in metrics.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        numbers[str(key)] = float(value) if math.isfinite(value) else str(value)
    return numbers
