"""Figure 2: the trajectory collection broken down by improvement label, language and edit strategy.

Input: the curation stats.json of `eft trajectories curate|import-finch` (format in eft.trajectories.curate):
`labels`, `language` and `strategy` each map a category to `{"count": n, "fraction": f}`; a bare count `n`
is accepted too. Labels keep the paper's order (improved, unchanged, regressed); other panels sort by name.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from eft.errors import EftError
from eft.figures.style import colors, figure_main, load_json
from eft.trajectories.labels import LABELS

PANELS = (("labels", "improvement label"), ("language", "language"), ("strategy", "edit strategy"))


def counts(stats: dict, key: str, path: str) -> dict[str, int]:
    panel = stats.get(key) if isinstance(stats, dict) else None
    if not isinstance(panel, dict):
        raise EftError(f"{path}: stats has no {key!r} mapping")
    values = {name: v["count"] if isinstance(v, dict) else v for name, v in panel.items()}
    order = [n for n in LABELS if n in values] + sorted(set(values) - set(LABELS))
    return {name: int(values[name]) for name in order}


def draw(inputs: list[str]) -> Figure:
    path = inputs[0]
    stats = load_json(path)
    fig, axes = plt.subplots(1, len(PANELS), figsize=(9, 3), gridspec_kw={"width_ratios": [3, 2, 2]})
    for ax, (key, title) in zip(axes, PANELS):
        panel = counts(stats, key, path)
        total = sum(panel.values())
        bars = ax.bar(list(panel), list(panel.values()), color=colors(len(panel)))
        labels = [f"{n}\n({100 * n / total:.1f}%)" if total else "0" for n in panel.values()]
        ax.bar_label(bars, labels=labels, fontsize=7)
        ax.set_title(title)
        ax.margins(y=0.25)
        ax.tick_params(axis="x", labelrotation=20)
    axes[0].set_ylabel("trajectories")
    fig.suptitle(f"Trajectory collection ({sum(counts(stats, 'labels', path).values())} kept)")
    return fig


def main(argv: list[str]) -> int:
    return figure_main("trajectory_breakdown", draw, argv)
