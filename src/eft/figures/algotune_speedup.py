"""Figure 5: AlgoTune speedups over the reference solver, base vs fine-tuned, one pair of bars per task.

Input: the AlgoTune table CSV (`eft eval table`, tables/algotune.csv), whose speedups are the re-timed ones.
Error bars are the s.d. over seeds; the y axis turns logarithmic when the speedups span more than 10×
(the paper's range, 1× to 125×). A run without a speedup gets its status as a label instead of a bar. An
experiment without AlgoTune tasks still gets a figure that says so, so the DAG's outputs never depend on
which tasks were chosen.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from eft.evaluate.delta import read_results
from eft.evaluate.layout import label, ordered
from eft.figures.style import colors, figure_main


def draw(inputs: list[str]) -> Figure:
    frame = read_results(inputs[0])
    fig, ax = plt.subplots(figsize=(max(4.5, 1.4 * frame["task"].nunique() + 1.5), 3.2))
    if frame.empty:
        ax.text(0.5, 0.5, "no AlgoTune task in this experiment", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    tasks = ordered(list(dict.fromkeys(frame["task"])))
    models = list(dict.fromkeys(frame["model"]))
    width = 0.8 / len(models)
    scores = frame.set_index(["model", "task"])
    for i, (model, color) in enumerate(zip(models, colors(len(models)))):
        x = [t + (i - (len(models) - 1) / 2) * width for t in range(len(tasks))]
        rows = [scores.loc[(model, task)] if (model, task) in scores.index else None for task in tasks]
        heights = [0.0 if r is None or math.isnan(r["score"]) else r["score"] for r in rows]
        errors = [0.0 if r is None or math.isnan(r["sd"]) else r["sd"] for r in rows]
        ax.bar(x, heights, width, yerr=errors, label=model, color=color, capsize=2)
        for xi, row in zip(x, rows):
            if row is None or math.isnan(row["score"]):
                status = "n/a" if row is None else str(row["status"])
                ax.text(xi, 0, status, rotation=90, ha="center", va="bottom", fontsize=6, color="0.4")
    positive = frame["score"].dropna()
    positive = positive[positive > 0]
    if len(positive) and positive.max() / positive.min() > 10:
        ax.set_yscale("log")
    ax.axhline(1.0, color="0.3", linewidth=0.8, linestyle="--")
    ax.set_xticks(range(len(tasks)), [label(t) for t in tasks], rotation=20, ha="right", rotation_mode="anchor")
    ax.set_ylabel("speedup over the reference (×)")
    ax.grid(axis="x", visible=False)
    ax.legend()
    return fig


def main(argv: list[str]) -> int:
    return figure_main("algotune_speedup", draw, argv)
