"""Figure 3: Δ (%) per held-out task for each fine-tuned model over its base, Avg Δ in the panel title.

Input: the main-results CSV (`eft eval table --csv`). A task without a Δ gets a label instead of a bar:
the run's status when a score is missing (e.g. "skipped: no CUDA device"), else "n/a" (base score 0).
Tasks left out of Avg Δ (as the paper leaves out ahc058) are drawn grey.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from eft.errors import EftError
from eft.evaluate.delta import (
    PAPER_EXCLUDE,
    avg_delta,
    deltas,
    format_delta,
    read_results,
)
from eft.figures.style import colors, figure_main

EXCLUDED = "0.65"


def missing_label(frame: pd.DataFrame, model: str, base: str, task: str) -> str:
    """Why a Δ is undefined: the first non-ok status of the two runs, else n/a."""
    rows = frame[frame["model"].isin([model, base]) & (frame["task"] == task)]
    if "status" in rows.columns:
        for status in rows.loc[rows["score"].isna(), "status"]:
            if status and status != "ok":
                return str(status)
    return "n/a"


def draw(inputs: list[str]) -> Figure:
    frame = read_results(inputs[0])
    table = deltas(frame)
    if table.empty:
        raise EftError(f"{inputs[0]}: no fine-tuned model (no row with a base_model)")
    avg = avg_delta(table)
    bases = frame.drop_duplicates("model").set_index("model")["base_model"]
    up, down = colors(4)[2], colors(4)[3]
    shown = [t for t in PAPER_EXCLUDE if t in table.columns]
    note = f", grey: {', '.join(shown)} not in Avg Δ" if shown else ""
    fig, axes = plt.subplots(len(table), 1, figsize=(max(6, 0.55 * len(table.columns)), 2.6 * len(table)),
                             squeeze=False, sharex=True)
    for ax, (model, row) in zip(axes[:, 0], table.iterrows()):
        x = range(len(row))
        values = [0.0 if math.isnan(v) else v for v in row]
        ax.bar(x, values, color=[EXCLUDED if t in PAPER_EXCLUDE else up if v >= 0 else down
                                 for t, v in zip(row.index, values)])
        for i, (task, value) in enumerate(row.items()):
            if math.isnan(value):
                ax.text(i, 0, missing_label(frame, model, bases[model], task), rotation=90, ha="center",
                        va="bottom", fontsize=6, color="0.4")
        ax.axhline(0, color="0.2", linewidth=0.8)
        ax.set_ylabel("Δ (%)")
        ax.set_title(f"{model} vs {bases[model]}  (Avg Δ {format_delta(avg[model])} %{note})")
        ax.set_xticks(list(x), list(row.index), rotation=45, ha="right", rotation_mode="anchor")
        ax.grid(axis="x", visible=False)
    return fig


def main(argv: list[str]) -> int:
    return figure_main("main_delta", draw, argv)
