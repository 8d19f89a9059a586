"""Figure 9: best-so-far raw metric over search iterations, one panel per held-out task, base vs fine-tuned.

Input: the curves CSV of `eft eval table --curves` (model, task, seed, iteration, best_score,
best_combined_score). Each seed is a thin line; the thick line is the mean over seeds at each iteration
(a seed whose curve ends early holds its last best). Models keep the CSV order, so the base comes first.
With no points at all (every run skipped, e.g. no CUDA device) the figure says so instead of failing.
"""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from eft.errors import EftError
from eft.figures.style import colors, figure_main, load_csv, note_figure, task_panels

COLUMNS = ("model", "task", "seed", "iteration", "best_score")


def load_curves(path: str) -> pd.DataFrame:
    frame = load_csv(path)
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise EftError(f"{path}: curves CSV lacks column(s) {', '.join(missing)}")
    return frame


def draw(inputs: list[str]) -> Figure:
    curves = load_curves(inputs[0])
    if curves.empty:
        return note_figure("no curve points:\nevery held-out run was skipped")
    models = list(dict.fromkeys(curves["model"]))
    tasks = list(dict.fromkeys(curves["task"]))
    fig, axes = task_panels(tasks)
    palette = dict(zip(models, colors(len(models))))
    for ax, task in zip(axes, tasks):
        for model in models:
            runs = curves[(curves["task"] == task) & (curves["model"] == model)]
            if runs.empty:
                continue
            wide = runs.pivot_table(index="iteration", columns="seed", values="best_score").sort_index().ffill()
            for seed in wide.columns:
                ax.plot(wide.index, wide[seed], color=palette[model], linewidth=0.6, alpha=0.35)
            ax.plot(wide.index, wide.mean(axis=1), color=palette[model], linewidth=1.8,
                    label=f"{model} (n={wide.shape[1]})")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("iteration")
        ax.set_ylabel("best so far")
        ax.legend(fontsize=7)
    return fig


def main(argv: list[str]) -> int:
    return figure_main("best_so_far", draw, argv)
