"""Figure 8: held-out score against the number of training tasks, one panel per held-out task (the paper's
15 → 187 → 355 task-count ablation). A base model is the x = 0 point; its `sft@SUBSET` variants and its `sft`
model (every training task) follow. KTO models are left out: they add a stage, not tasks.

Inputs: the main-results CSV and the grid CSV (`eft eval table`: model, base_model, variant, train_tasks).
A base with no subset variant draws no line; an experiment where no base has one draws a note instead.
"""
from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure

from eft.errors import EftError
from eft.evaluate.delta import read_results
from eft.figures.style import colors, figure_main, note_figure, task_panels

GRID_COLUMNS = ("model", "base_model", "variant", "train_tasks")


def read_grid(path: str) -> pd.DataFrame:
    try:
        grid = pd.read_csv(path, dtype={"model": str, "base_model": str, "variant": str}, keep_default_na=False)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise EftError(f"{path}: cannot read CSV: {exc}") from None
    missing = [c for c in GRID_COLUMNS if c not in grid.columns]
    if missing:
        raise EftError(f"{path}: grid CSV lacks column(s) {', '.join(missing)}")
    grid["train_tasks"] = pd.to_numeric(grid["train_tasks"], errors="coerce")
    return grid


def series(grid: pd.DataFrame) -> dict[str, list[tuple[str, int]]]:
    """Per base with at least one subset variant: [(model, training tasks)] sorted by tasks, base first."""
    out = {}
    for base, rows in grid[grid["base_model"] != ""].groupby("base_model", sort=False):
        rows = rows[rows["variant"].str.fullmatch(r"sft(@.+)?") & rows["train_tasks"].notna()]
        if not rows["variant"].str.startswith("sft@").any():
            continue
        points = [(base, 0)] + sorted(((m, int(n)) for m, n in zip(rows["model"], rows["train_tasks"])),
                                      key=lambda p: p[1])
        out[base] = points
    return out


def draw(inputs: list[str]) -> Figure:
    frame = read_results(inputs[0])
    lines = series(read_grid(inputs[1]))
    tasks = [t for t in dict.fromkeys(frame["task"])
             if any(frame[(frame["task"] == t) & frame["model"].isin([m for pts in lines.values() for m, _ in pts])]
                    ["score"].notna())]
    if not lines or not tasks:
        return note_figure("no task-count ablation here:\nno base model has an sft@SUBSET variant")
    fig, axes = task_panels(tasks)
    palette = dict(zip(lines, colors(len(lines))))
    scores = frame.set_index(["model", "task"])["score"]
    for ax, task in zip(axes, tasks):
        for base, points in lines.items():
            scored = [(n, scores.get((m, task), math.nan)) for m, n in points]
            scored = [(n, s) for n, s in scored if not math.isnan(s)]
            ax.plot([n for n, _ in scored], [s for _, s in scored], marker="o", color=palette[base], label=base)
        ax.set_xlabel("training tasks")
        ax.set_ylabel("score")
        ax.legend(fontsize=7)
    return fig


def main(argv: list[str]) -> int:
    return figure_main("scaling", draw, argv)
