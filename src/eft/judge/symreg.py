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


def sample_region_rows(rng: np.random.Generator, t: np.ndarray, states: np.ndarray, ood: np.ndarray,
                       t_split: float, t_end: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The dataset's rows (t, state columns, ood flags), drawn independently and uniformly in the region the
    trajectories cover: in-domain rows in the box of the in-domain states at times on [0, t_split],
    out-of-domain rows in the box of all states at times on [0, t_end] but outside the in-domain box or after
    t_split, as many of each as the trajectories have. Rows *on* trajectories would give the target away:
    sorted by time, the finite differences of the state are its rate, no law needed (such a program matched
    the best basis fit's nmse_id)."""
    lo, hi = states[~ood].min(axis=0), states[~ood].max(axis=0)
    wide_lo, wide_hi = states.min(axis=0), states.max(axis=0)
    n_id, n_ood, dim = int(np.sum(~ood)), int(np.sum(ood)), states.shape[1]
    t_in, s_in = rng.uniform(0.0, t_split, n_id), rng.uniform(lo, hi, (n_id, dim))
    t_out, s_out = np.empty(0), np.empty((0, dim))
    for _ in range(1000):
        if len(t_out) >= n_ood:
            break
        t_new, s_new = rng.uniform(0.0, t_end, 8 * n_ood), rng.uniform(wide_lo, wide_hi, (8 * n_ood, dim))
        outside = (t_new > t_split) | np.any((s_new < lo) | (s_new > hi), axis=1)
        t_out, s_out = np.concatenate([t_out, t_new[outside]]), np.concatenate([s_out, s_new[outside]])
    else:
        raise ValueError("the out-of-domain trajectories barely leave the in-domain region")
    t = np.concatenate([t_in, t_out[:n_ood]])
    states = np.concatenate([s_in, s_out[:n_ood]])
    return t, states.T, np.arange(len(t)) >= n_id


def write_law_dataset(out_dir: Path, seed: int, params: Mapping, rhs: Callable, law: Callable,
                      state: Sequence[str], columns: Sequence[str], keep: Callable | None = None) -> None:
    """A symbolic-regression dataset of one law, written by `write_dataset`.

    One trajectory of dy/dt = rhs(t, y) per start (`params`: starts, ood_starts, t_end, t_split, points) marks
    out the region; rows are then drawn independently in it (`sample_region_rows`), and the target is
    `law(t, *state columns)` plus Gaussian noise of `params["noise"]` (default 0) times its standard deviation.
    `state` names the state columns, `columns` orders the CSV's columns (t, the state, the target last);
    `keep(states)` drops trajectory points outside the law's domain before sampling.
    """
    t_end, t_split, points = float(params["t_end"]), float(params["t_split"]), int(params["points"])
    rng = np.random.default_rng(seed)
    starts = [(s, False) for s in params["starts"]] + [(s, True) for s in params.get("ood_starts", [])]
    times, parts, ood = [], [], []
    for start, outside in starts:
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0
        times.append(t)
        parts.append(trajectory(rhs, [float(v) for v in np.atleast_1d(start)], t))
        ood.append(outside | (t > t_split))
    t, states, ood = np.concatenate(times), np.concatenate(parts), np.concatenate(ood)
    if keep is not None:
        mask = keep(states)
        t, states, ood = t[mask], states[mask], ood[mask]
    t, values, ood = sample_region_rows(rng, t, states, ood, t_split, t_end)
    target = law(t, *values)
    target = target + float(params.get("noise", 0.0)) * np.std(target) * rng.standard_normal(target.shape)
    named = {"t": t, **dict(zip(state, values)), columns[-1]: target}
    write_dataset(out_dir, {name: named[name] for name in columns}, ood=ood, seed=seed)


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
            with np.errstate(over="ignore", invalid="ignore"):
                errors[split] = nmse(y, pred)
            if not math.isfinite(errors[split]):
                raise CandidateError(f"{split} predictions overflow: their error is not a finite number")
    except CandidateError as exc:
        return failure(str(exc))
    return {"combined_score": score(errors["test_id"]), "nmse_id": errors["test_id"],
            "nmse_ood": errors["test_ood"], "nmse_train": errors["train"]}
