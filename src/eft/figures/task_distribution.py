"""Figure 1: how many tasks each domain holds, stacked by train / held-out split.

Input: the tasks manifest (`eft tasks manifest`), either `{"tasks": [...]}` or a bare list, each task with
at least `id`, `domain` and `split`. Domains are ordered by task count (then name) so the chart reads top-down.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from eft.errors import EftError
from eft.figures.style import colors, figure_main, load_json

SPLITS = ("train", "heldout")


def load_tasks(path: str) -> pd.DataFrame:
    data = load_json(path)
    tasks = data.get("tasks") if isinstance(data, dict) else data
    if not isinstance(tasks, list) or not all(isinstance(t, dict) and {"domain", "split"} <= t.keys() for t in tasks):
        raise EftError(f"{path}: expected a list of tasks (or {{'tasks': [...]}}) each with domain and split")
    return pd.DataFrame(tasks, columns=["domain", "split"])


def draw(inputs: list[str]) -> Figure:
    tasks = pd.concat([load_tasks(p) for p in inputs], ignore_index=True)
    counts = pd.crosstab(tasks["domain"], tasks["split"])
    splits = [s for s in SPLITS if s in counts.columns] + sorted(set(counts.columns) - set(SPLITS))
    counts = counts.reindex(columns=splits, fill_value=0)
    order = sorted(counts.index, key=lambda d: (-counts.loc[d].sum(), d))
    counts = counts.loc[order[::-1]]  # barh draws bottom-up

    fig, ax = plt.subplots(figsize=(6, 0.35 * len(counts) + 1.2))
    left = pd.Series(0, index=counts.index)
    for split, color in zip(splits, colors(len(splits))):
        ax.barh(counts.index, counts[split], left=left, color=color, label=split)
        left += counts[split]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("tasks")
    ax.set_ylabel("")
    ax.set_title(f"Task distribution ({len(tasks)} tasks)")
    ax.legend(title="split", loc="lower right")
    return fig


def main(argv: list[str]) -> int:
    return figure_main("task_distribution", draw, argv)
