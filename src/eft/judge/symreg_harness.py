"""Trusted child-side fitting harness for symbolic-regression tasks (run by path inside `eft.sandbox`).

Fitting calls the candidate's `equation` thousands of times, so it happens in the sandboxed child, not in
the evaluator. It takes two runs, each in a fresh child: `fit` sees the training rows and returns only the
params; `predict` sees the params and the *inputs* of every split, never a target. A candidate that reads
the training targets out of the fitting process (its frames are reachable from `equation`) therefore
cannot use them to predict: its predictions are a function of inputs and params alone. The evaluator keeps
the held-out targets and computes every score itself. Imports only numpy/scipy and loads the candidate by
path (LLM-SR protocol: BFGS from params = 1).
"""
import importlib.util

import numpy as np
from scipy.optimize import minimize

MAX_ITER = 500


def _load_equation(program_path):
    spec = importlib.util.spec_from_file_location("symreg_candidate", program_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "equation", None)):
        raise AttributeError("program defines no function equation()")
    return module.equation


def _predict(equation, columns, params):
    pred = np.asarray(equation(*columns, params), dtype=float)
    if pred.shape != columns[0].shape:
        raise ValueError(f"equation() returned shape {pred.shape}, expected {columns[0].shape}")
    return pred


def fit(program_path, inputs, train, target, n_params):
    """The `n_params` params BFGS fits on `train` (column -> values) vs `target`."""
    equation = _load_equation(program_path)
    x_train = [np.asarray(train[name], dtype=float) for name in inputs]
    y_train = np.asarray(target, dtype=float)

    def loss(params):
        value = float(np.mean((_predict(equation, x_train, params) - y_train) ** 2))
        return value if np.isfinite(value) else 1e300

    return {"params": minimize(loss, np.ones(n_params), method="BFGS", options={"maxiter": MAX_ITER}).x}


def predict(program_path, inputs, splits, params):
    """The candidate's predictions for each split's input columns at the fitted params."""
    equation = _load_equation(program_path)
    params = np.asarray(params, dtype=float)
    return {"predictions": {split: _predict(equation, [np.asarray(cols[name], dtype=float) for name in inputs],
                                            params) for split, cols in splits.items()}}
