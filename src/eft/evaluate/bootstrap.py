"""Percentile-bootstrap confidence interval of Avg Δ over seeds and tasks.

A unit is one (task, seed): the base model's and the fine-tuned model's runs on it share their search seed
(`eft.search.run.search_seed`), so the two scores of a unit stay paired. A resample draws as many units as
there are, with replacement; each model's score on a task is then the mean of its per-seed scores over the
drawn units of that task, each counted as often as it was drawn (missing scores, e.g. skipped runs, left
out, as in the main table), and Avg Δ is recomputed exactly as `eft.evaluate.delta` defines it
(`relative_delta` per task, `avg_delta`: the mean over defined tasks, `PAPER_EXCLUDE` left out). A task
none of whose units was drawn has no Δ in that resample. The interval is the (1 − level)/2 and
(1 + level)/2 quantiles of the resampled Avg Δ (resamples in which no task has a Δ are dropped); the draws
come from `numpy.random.default_rng(seed)`, so the same frame, seed and number of resamples give the same
interval.

The per-seed frame (`SEED_COLUMNS`, one row per run) holds what the main table averages: the best raw
metric of each successful run (the re-timed value for timing tasks), empty for a run without one.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from eft.errors import EftError
from eft.evaluate.aggregate import Retimed, check_operators, seed_value
from eft.evaluate.delta import DIRECTIONS, PAPER_EXCLUDE, avg_delta, relative_delta
from eft.search.summary import RunSummary

SEED_COLUMNS = ("model", "base_model", "task", "direction", "seed", "score")


def seed_frame(summaries: list[RunSummary], roles: dict[str, str], retimed: Retimed | None = None) -> pd.DataFrame:
    """SEED_COLUMNS frame, one row per held-out run, score NaN where the run has none; `roles` maps each model
    to its base ('' for a base) as for `eft.evaluate.aggregate.main_frame`, and `retimed` is the same."""
    check_operators(summaries, roles)
    rows = []
    for run in summaries:
        value, _ = seed_value(run, retimed or {})
        rows.append({"model": run.operator, "base_model": roles[run.operator], "task": run.task,
                     "direction": run.direction, "seed": run.seed, "score": math.nan if value is None else value})
    return check_seeds(pd.DataFrame(rows, columns=list(SEED_COLUMNS)))


def check_seeds(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns, directions, numeric scores and one row per (model, task, seed); else a one-line EftError."""
    missing = [c for c in SEED_COLUMNS if c not in frame.columns]
    if missing:
        raise EftError(f"missing column(s): {', '.join(missing)}")
    frame = frame.copy()
    frame["base_model"] = frame["base_model"].fillna("").astype(str)
    if bad := sorted(set(frame["direction"]) - set(DIRECTIONS)):
        raise EftError(f"bad direction {bad[0]!r} (expected higher or lower)")
    try:
        frame["score"] = pd.to_numeric(frame["score"], errors="raise").astype(float)
    except (ValueError, TypeError) as exc:
        raise EftError(f"non-numeric score: {exc}") from None
    dup = frame[frame.duplicated(["model", "task", "seed"])]
    if len(dup):
        row = dup.iloc[0]
        raise EftError(f"two rows for model {row['model']!r}, task {row['task']!r}, seed {row['seed']}")
    directions = frame.groupby("task", sort=False)["direction"].nunique()
    if (directions > 1).any():
        raise EftError(f"task {directions[directions > 1].index[0]!r} has conflicting directions")
    return frame


def _pair(frame: pd.DataFrame, model: str) -> str:
    bases = frame.loc[frame["model"] == model, "base_model"].unique()
    if len(bases) != 1 or not bases[0]:
        raise EftError(f"model {model!r} is not a fine-tuned model of the frame (no single base_model)")
    if not (frame["model"] == bases[0]).any():
        raise EftError(f"base model {bases[0]!r} has no rows")
    return str(bases[0])


def resampled_avg_delta(frame: pd.DataFrame, model: str, seed: int, resamples: int,
                        exclude: tuple[str, ...] = PAPER_EXCLUDE) -> pd.Series:
    """Avg Δ of `model` over its base in each of `resamples` bootstrap resamples of the (task, seed) units."""
    if resamples < 1:
        raise EftError(f"resamples must be at least 1, got {resamples}")
    frame = check_seeds(frame)
    base = _pair(frame, model)
    pair = frame[frame["model"].isin([model, base])]
    units = list(dict.fromkeys(zip(pair["task"], pair["seed"])))
    scores = pair.set_index(["model", "task", "seed"])["score"]
    ft = np.array([scores.get((model, t, s), math.nan) for t, s in units])
    bs = np.array([scores.get((base, t, s), math.nan) for t, s in units])
    direction = pair.drop_duplicates("task").set_index("task")["direction"]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(units), size=(resamples, len(units)))
    counts = np.zeros((resamples, len(units)))
    np.add.at(counts, (np.arange(resamples)[:, None], draws), 1.0)
    columns = {}
    for task in direction.index:
        cols = [i for i, (t, _) in enumerate(units) if t == task]
        weights = counts[:, cols]
        means = [_weighted_mean(weights, values[cols]) for values in (ft, bs)]
        columns[task] = [relative_delta(f, b, direction[task]) for f, b in zip(*means)]
    table = pd.DataFrame(columns, dtype=float)
    return avg_delta(table, exclude).rename(None)


def _weighted_mean(weights: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per row of `weights`: the weighted mean of the defined `values` (NaN where no weight falls on one)."""
    defined = ~np.isnan(values)
    total = weights[:, defined].sum(axis=1)
    summed = weights[:, defined] @ values[defined]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, summed / np.where(total > 0, total, 1.0), math.nan)


def avg_delta_interval(frame: pd.DataFrame, model: str, seed: int, resamples: int, level: float = 0.95,
                       exclude: tuple[str, ...] = PAPER_EXCLUDE) -> tuple[float, float]:
    """(low, high): the percentile bootstrap `level` interval of `model`'s Avg Δ over its base; (nan, nan)
    when no resample has a defined Avg Δ."""
    if not 0 < level < 1:
        raise EftError(f"level must lie strictly between 0 and 1, got {level}")
    values = resampled_avg_delta(frame, model, seed, resamples, exclude).dropna().to_numpy()
    if not len(values):
        return math.nan, math.nan
    low, high = np.quantile(values, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)
