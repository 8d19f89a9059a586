"""Valid-edit rate and improvement rate per held-out task, base vs fine-tuned model as the mutation operator.

Input: the rates CSV (`eft.evaluate.rates.RATE_COLUMNS`: task, model, base_model, seed, children, valid,
improved; optional status), one row per held-out run. A bar is the rate pooled over seeds (valid or improved
children over requested children, `eft.evaluate.rates.aggregate`), a dot one seed's rate; the legend gives
each model's pooled counts over all tasks. A task where a model requested no children (its runs skipped,
e.g. no CUDA device) gets the runs' status instead of a bar. Models keep the CSV order, so the base comes
first.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from eft.evaluate.rates import aggregate, check_rates
from eft.figures.style import colors, figure_main, load_csv, note_figure

PANELS = (("valid", "valid_rate", "valid edits (% of children)"),
          ("improved", "improvement_rate", "improving edits (% of children)"))


def load_rates(path: str) -> pd.DataFrame:
    return check_rates(load_csv(path), path)


def _legend_label(runs: pd.DataFrame, model: str) -> str:
    mine = runs[runs["model"] == model]
    children = int(mine["children"].sum())
    return (f"{model}: {int(mine['valid'].sum())} valid, {int(mine['improved'].sum())} improving "
            f"of {children} children")


def draw(inputs: list[str]) -> Figure:
    runs = load_rates(inputs[0])
    if runs.empty:
        return note_figure("no held-out runs")
    models = list(dict.fromkeys(runs["model"]))
    tasks = list(dict.fromkeys(runs["task"]))
    pooled = aggregate(runs)
    seeds = runs[runs["children"] > 0].assign(
        valid_rate=lambda f: f["valid"] / f["children"], improvement_rate=lambda f: f["improved"] / f["children"])
    palette = dict(zip(models, colors(len(models))))
    labels = {m: _legend_label(runs, m) for m in models}
    fig, axes = plt.subplots(2, 1, figsize=(max(6.0, 0.6 * len(tasks) * len(models)), 6.4), sharex=True,
                             squeeze=False)
    width = 0.8 / len(models)
    for ax, (_, rate, ylabel) in zip(axes[:, 0], PANELS):
        plot = pooled.assign(percent=100 * pooled[rate], model=pooled["model"].map(labels))
        sns.barplot(data=plot, x="task", y="percent", hue="model", order=tasks, hue_order=[labels[m] for m in models],
                    palette={labels[m]: palette[m] for m in models}, errorbar=None, ax=ax)
        if not seeds.empty:
            sns.stripplot(data=seeds.assign(percent=100 * seeds[rate], model=seeds["model"].map(labels)),
                          x="task", y="percent", hue="model", order=tasks, hue_order=[labels[m] for m in models],
                          palette={labels[m]: "0.15" for m in models}, dodge=True, size=3, jitter=False,
                          legend=False, ax=ax)
        for _, row in pooled[pooled["seeds"] == 0].iterrows():
            x = tasks.index(row["task"]) - 0.4 + width * (models.index(row["model"]) + 0.5)
            ax.text(x, 1, row["status"], rotation=90, ha="center", va="bottom", fontsize=6, color="0.4")
        ax.set_ylim(0, 105)
        ax.set_ylabel(ylabel)
        ax.set_xlabel("")
        ax.grid(axis="x", visible=False)
        ax.legend(fontsize=7, loc="upper right")
    axes[0, 0].get_legend().remove()
    axes[-1, 0].set_xticks(range(len(tasks)), tasks, rotation=45, ha="right", rotation_mode="anchor")
    return fig


def main(argv: list[str]) -> int:
    return figure_main("edit_rates", draw, argv)
