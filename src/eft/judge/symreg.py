"""LLM-SR-style symbolic regression tasks: dataset files (for data.py) and the shared evaluator.

A candidate defines `equation(<inputs...>, params)` with `N_PARAMS` free parameters. The evaluator runs the
trusted `symreg_harness.py` in the sandbox twice: once to fit the params with BFGS on the training split,
then, in a fresh process that sees no target, to predict every split from its inputs and those params; the
evaluator computes the NMSEs itself.

Score: `nmse = sum((y - yhat)^2) / sum((y - mean y)^2)` (LLM-SRBench). `combined_score =
log10(1 + 1 / nmse_id)` (nmse floored at 1e-12): higher is better, about -log10(nmse_id) for good fits, tends
to 0 for useless ones, so it never ranks a fit below a failed program. `nmse_ood` is reported, not scored.
"""
from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from eft.judge.scoring import CandidateError, as_array, failure
from eft.judge.task import Task
from eft.sandbox import run_python

N_PARAMS = 10
SPLITS = ("train", "test_id", "test_ood")
TRAIN_FRACTION = 0.8
NMSE_FLOOR = 1e-12
HARNESS = Path(__file__).with_name("symreg_harness.py")  # eft's code is readable inside the sandbox


def trajectory(rhs: Callable, y0: Sequence[float], t: np.ndarray) -> np.ndarray:
    """States (len(t) x dim) of dy/dt = rhs(t, y) from y(t[0]) = y0, integrated tightly (DOP853)."""
    # imported here: only data.py needs it, and it would make every `import eft.judge` slower
    from scipy.integrate import solve_ivp

    sol = solve_ivp(rhs, (float(t[0]), float(t[-1])), list(y0), t_eval=t, method="DOP853",
                    rtol=1e-10, atol=1e-12)
    if not sol.success:
        raise RuntimeError(f"ODE integration failed: {sol.message}")
    return sol.y.T


def write_dataset(out_dir: Path, columns: Mapping[str, np.ndarray], ood: np.ndarray, seed: int) -> None:
    """Write train/test_id/test_ood CSVs: in-domain rows split 80/20 at random (seeded), `ood` rows apart."""
    names = list(columns)
    table = np.column_stack([np.asarray(columns[n], dtype=float) for n in names])
    ood = np.asarray(ood, dtype=bool)
    in_domain = np.flatnonzero(~ood)
    order = np.random.default_rng(seed).permutation(in_domain)
    n_train = int(round(TRAIN_FRACTION * len(order)))
    rows = {"train": np.sort(order[:n_train]), "test_id": np.sort(order[n_train:]), "test_ood": np.flatnonzero(ood)}
    for split in SPLITS:
        with open(Path(out_dir) / f"{split}.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(names)
            writer.writerows([repr(float(v)) for v in row] for row in table[rows[split]])


def write_scalar_ode_dataset(out_dir: Path, seed: int, rate: Callable, names: tuple[str, str, str],
                             id_starts: Sequence[float], ood_starts: Sequence[float], t_end: float,
                             points: int) -> None:
    """Dataset of a one-state law dy/dt = rate(t, y): one trajectory per start value at seeded random times;
    trajectories from `ood_starts` form the out-of-domain split. Columns: names = (t, y, dy/dt)."""
    rng = np.random.default_rng(seed)
    parts, ood = [], []
    for start in (*id_starts, *ood_starts):
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0
        y = trajectory(lambda s, state: [rate(s, state[0])], [start], t)[:, 0]
        parts.append((t, y))
        ood.append(np.full(len(t), start in ood_starts))
    t, y = (np.concatenate(column) for column in zip(*parts))
    columns = {names[0]: t, names[1]: y, names[2]: rate(t, y)}
    write_dataset(out_dir, columns, ood=np.concatenate(ood), seed=seed)


def read_dataset(data_dir: Path) -> dict[str, dict[str, np.ndarray]]:
    """split -> column -> values, as written by `write_dataset`."""
    out = {}
    for split in SPLITS:
        with open(Path(data_dir) / f"{split}.csv", newline="", encoding="utf-8") as fh:
            header, *rows = list(csv.reader(fh))
        values = np.asarray(rows, dtype=float).reshape(len(rows), len(header))
        out[split] = {name: values[:, i] for i, name in enumerate(header)}
    return out


def nmse(y: np.ndarray, pred: np.ndarray) -> float:
    """Squared error normalized by the target's variance (LLM-SRBench's NMSE)."""
    return float(np.sum((y - pred) ** 2) / np.sum((y - np.mean(y)) ** 2))


def score(nmse_id: float) -> float:
    """Higher-is-better score from the in-domain NMSE (see module docstring)."""
    return math.log10(1.0 + 1.0 / max(nmse_id, NMSE_FLOOR))


def evaluate_symreg(program_path: str | os.PathLike, task: Task, inputs: Sequence[str], target: str) -> dict:
    """Fit the candidate's skeleton in the sandbox (task's call_s, mem_mb) and score its held-out predictions."""
    data = read_dataset(task.data_dir)
    program = str(Path(program_path).resolve())
    fitting = {"program_path": program, "inputs": list(inputs), "n_params": N_PARAMS,
               "train": {name: data["train"][name].tolist() for name in inputs},
               "target": data["train"][target].tolist()}
    result = run_python(HARNESS, "fit", [fitting], task.limits.call(), readable=[program_path])
    if not result.ok:
        return failure(result.error)
    try:
        fitted = result.values[0].get("params") if isinstance(result.values[0], dict) else None
        params = as_array(fitted, "fitted params", (N_PARAMS,))
    except CandidateError as exc:
        return failure(str(exc))
    # a fresh process that never saw a target: predictions depend on the inputs and the params only
    predicting = {"program_path": program, "inputs": list(inputs), "params": params.tolist(),
                  "splits": {split: {name: data[split][name].tolist() for name in inputs} for split in SPLITS}}
    result = run_python(HARNESS, "predict", [predicting], task.limits.call(), readable=[program_path])
    if not result.ok:
        return failure(result.error)
    value = result.values[0]
    try:
        if not isinstance(value, dict) or not isinstance(value.get("predictions"), dict):
            raise CandidateError("harness returned no predictions")
        errors = {}
        for split in SPLITS:
            y = data[split][target]
            pred = as_array(value["predictions"].get(split), f"{split} predictions", y.shape)
            errors[split] = nmse(y, pred)
    except CandidateError as exc:
        return failure(str(exc))
    return {"combined_score": score(errors["test_id"]), "nmse_id": errors["test_id"],
            "nmse_ood": errors["test_ood"], "nmse_train": errors["train"]}
