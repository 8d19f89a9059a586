"""Δ and Avg Δ of fine-tuned models over their base models, and the `eft delta FILE.csv` command.

Δ is the sign-adjusted relative improvement in %: 100·(ft − base)/base when higher is better,
100·(base − ft)/base when lower is better. It is undefined (NaN) when either score is missing (a skipped
run) or the base score is 0.

Avg Δ is the mean of the defined Δ values, leaving out the tasks in `exclude`. The paper says "ahc058
excluded (its base is often 0)"; recomputing from its printed main table (tests/fixtures/
paper_main_table.csv) shows it drops ahc058 for *every* pair, not only where the base is 0: Qwen3.5-9B's
ahc058 base is 134486700, and keeping its Δ (+290.59 %) would give Finch-9B an Avg Δ of 35.67 instead of
10.18. So ahc058 is excluded by default (under the paper's name and under our analogue's task id,
`ahc058_production`), and a base of 0 is always left out on top of it.
That rule gives 1.56 / 3.51 / 3.17 / 10.18 for Finch-2B/4B/8B/9B (the paper prints 1.56 / 3.40 / 3.17 /
10.24; its own table does not give 3.40 or 10.24).

The main-results CSV is long: one row per (model, task) with columns `model, base_model, task, direction,
score` (extra columns allowed). `base_model` is empty on base rows; `score` is empty for skipped runs.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import pandas as pd

from eft.errors import EftError, first_line

COLUMNS = ("model", "base_model", "task", "direction", "score")
DIRECTIONS = ("higher", "lower")
SPREAD = ("sd", "min", "max")  # optional columns: spread of the score over seeds
PAPER_EXCLUDE = ("ahc058", "ahc058_production")
AVG = "Avg Δ"


def read_results(path: str | Path) -> pd.DataFrame:
    """Load and validate a main-results CSV; every problem is an EftError naming the file."""
    try:
        frame = pd.read_csv(path, dtype={"model": str, "base_model": str, "task": str, "direction": str},
                            keep_default_na=False, na_values={c: [""] for c in ("score", *SPREAD)})
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise EftError(f"{path}: cannot read CSV: {first_line(exc)}") from exc
    try:
        return validate(frame)
    except EftError as exc:
        raise EftError(f"{path}: {exc}") from exc


def validate(frame: pd.DataFrame) -> pd.DataFrame:
    """Check columns, directions, duplicates and that every fine-tuned model's base has rows."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise EftError(f"missing column(s): {', '.join(missing)}")
    frame = frame.copy()
    frame["base_model"] = frame["base_model"].fillna("").astype(str)
    bad = sorted(set(frame["direction"]) - set(DIRECTIONS))
    if bad:
        raise EftError(f"bad direction {bad[0]!r} (expected higher or lower)")
    try:
        frame["score"] = pd.to_numeric(frame["score"], errors="raise").astype(float)
    except (ValueError, TypeError) as exc:
        raise EftError(f"non-numeric score: {exc}") from exc
    dup = frame[frame.duplicated(["model", "task"])]
    if len(dup):
        raise EftError(f"duplicate row for model {dup['model'].iloc[0]!r}, task {dup['task'].iloc[0]!r}")
    models = set(frame["model"])
    absent = sorted(set(frame["base_model"]) - models - {""})
    if absent:
        raise EftError(f"base model {absent[0]!r} has no rows")
    directions = frame.groupby("task", sort=False)["direction"].nunique()
    if (directions > 1).any():
        raise EftError(f"task {directions[directions > 1].index[0]!r} has conflicting directions")
    return frame


def relative_delta(ft: float, base: float, direction: str) -> float:
    """Sign-adjusted relative improvement in %; NaN when undefined (missing score, base 0)."""
    if math.isnan(ft) or math.isnan(base) or base == 0:
        return math.nan
    gain = ft - base if direction == "higher" else base - ft
    return 100.0 * gain / base


def deltas(frame: pd.DataFrame) -> pd.DataFrame:
    """Wide Δ table: one row per fine-tuned model, one column per task (CSV order), NaN where undefined."""
    scores = frame.set_index(["model", "task"])["score"]
    direction = frame.drop_duplicates("task").set_index("task")["direction"]
    tasks = list(direction.index)
    finetuned = frame[frame["base_model"] != ""].drop_duplicates("model")
    rows = {
        ft: [relative_delta(scores.get((ft, t), math.nan), scores.get((base, t), math.nan), direction[t])
             for t in tasks]
        for ft, base in zip(finetuned["model"], finetuned["base_model"])
    }
    return pd.DataFrame.from_dict(rows, orient="index", columns=tasks, dtype=float)


def avg_delta(table: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE) -> pd.Series:
    """Mean Δ per fine-tuned model over the defined tasks not in `exclude` (NaN if none is left)."""
    kept = table.drop(columns=[t for t in exclude if t in table.columns])
    return kept.mean(axis=1, skipna=True).rename(AVG)


def format_delta(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:+.2f}"


def render_text(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE) -> str:
    """Aligned plain-text table of Δ (%) per task and Avg Δ, one line per fine-tuned model."""
    table = deltas(frame)
    table[AVG] = avg_delta(table, exclude)
    header = ["model", *table.columns]
    body = [[str(model), *map(format_delta, row)] for model, row in table.iterrows()]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(r, widths)))
             for r in [header, *body]]
    note = f"Δ in % over the base model; Avg Δ excludes {', '.join(exclude) or 'nothing'} and base = 0"
    return "\n".join([*lines, note]) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft delta", description="Δ per task and Avg Δ of a main-results CSV")
    parser.add_argument("csv", help="long CSV: model, base_model, task, direction, score")
    parser.add_argument("--exclude", nargs="*", default=list(PAPER_EXCLUDE),
                        help="tasks left out of Avg Δ (default: %(default)s, as the paper)")
    args = parser.parse_args(argv)
    print(render_text(read_results(args.csv), tuple(args.exclude)), end="")
    return 0
