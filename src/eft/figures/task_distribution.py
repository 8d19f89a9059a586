"""Figure 1: the task suite per domain — tasks (left) and problem families (right), stacked by split.

Inputs: the suite statistics (`eft tasks stats --out`: `{"rows": [...]}`, one row per split and domain with
`tasks` and `families`), and optionally the experiment's task manifest (`eft tasks manifest`), whose task count
goes into the title. The suite is drawn whole, not just the experiment's selection: the point of the figure is
how broad the training distribution is. Domains are ordered by task count (then name), largest on top.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from eft.errors import EftError
from eft.figures.style import colors, figure_main, load_json

SPLITS = ("train", "heldout")
COUNTS = ("tasks", "families")


def load_suite(path: str) -> pd.DataFrame:
    data = load_json(path)
    rows = data.get("rows") if isinstance(data, dict) else None
    needed = {"split", "domain", *COUNTS}
    if not isinstance(rows, list) or not all(isinstance(r, dict) and needed <= r.keys() for r in rows):
        raise EftError(f"{path}: expected {{'rows': [...]}} with {', '.join(sorted(needed))} in every row "
                       "(`eft tasks stats --out`)")
    frame = pd.DataFrame(rows, columns=sorted(needed))
    return frame[frame["domain"] != "all"]


def selected_count(path: str) -> int:
    data = load_json(path)
    tasks = data.get("tasks") if isinstance(data, dict) else data
    if not isinstance(tasks, list):
        raise EftError(f"{path}: expected a task manifest ({{'tasks': [...]}})")
    return len(tasks)


def _panel(ax, suite: pd.DataFrame, value: str, order: list[str]) -> None:
    counts = suite.pivot_table(index="domain", columns="split", values=value, aggfunc="sum", fill_value=0)
    splits = [s for s in SPLITS if s in counts.columns]
    counts = counts.reindex(index=order[::-1], columns=splits, fill_value=0)  # barh draws bottom-up
    left = pd.Series(0, index=counts.index)
    for split, color in zip(splits, colors(len(splits))):
        ax.barh(counts.index, counts[split], left=left, color=color, label=split)
        left += counts[split]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(value)
    ax.set_ylabel("")


def draw(inputs: list[str]) -> Figure:
    suite = load_suite(inputs[0])
    if suite.empty:
        raise EftError(f"{inputs[0]}: the suite statistics list no task")
    totals = suite.groupby("domain")["tasks"].sum()
    order = sorted(totals.index, key=lambda d: (-totals[d], d))
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.35 * len(order) + 1.4), sharey=True)
    for ax, value in zip(axes, COUNTS):
        _panel(ax, suite, value, order)
    axes[0].legend(title="split", loc="lower right")
    title = f"Task suite: {int(suite['tasks'].sum())} tasks in {int(suite['families'].sum())} families"
    if len(inputs) > 1:
        title += f" ({sum(selected_count(p) for p in inputs[1:])} in this experiment)"
    fig.suptitle(title)
    return fig


def main(argv: list[str]) -> int:
    return figure_main("task_distribution", draw, argv)
