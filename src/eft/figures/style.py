"""What every figure shares: the seaborn/matplotlib style, byte-reproducible saving, and the figure CLI.

It all lives in this one module because each figure rule lists `style.py` as an input: changing the shared
look or the saving reruns every figure. Saving strips what would differ between runs: matplotlib's version
(PNG "Software"), PDF dates and producer, and SVG ids (`svg.hashsalt`); the dpi is fixed.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Callable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from eft.errors import EftError  # noqa: E402
from eft.io import atomic_path, read_json  # noqa: E402

DPI = 150
PNG_METADATA = {"Software": None}
PDF_METADATA = {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None}
PALETTE = "colorblind"


def apply() -> None:
    """Set the shared look; called by every figure before drawing."""
    sns.set_theme(context="paper", style="whitegrid", palette=PALETTE)
    plt.rcParams.update({"svg.hashsalt": "eft", "pdf.fonttype": 42, "savefig.dpi": DPI,
                         "figure.dpi": DPI, "savefig.bbox": "tight", "legend.frameon": False,
                         "figure.constrained_layout.use": True})


def note_figure(text: str) -> Figure:
    """A small figure holding only `text`: what a figure draws when its data has nothing to show."""
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.text(0.5, 0.5, text, ha="center", va="center")
    ax.set_axis_off()
    return fig


def task_panels(tasks: list[str], ncols: int = 3) -> tuple[Figure, list]:
    """One axes per task, `ncols` to a row (4 x 3 in each), titled with the task; unused cells hidden."""
    ncols = min(ncols, len(tasks))
    nrows = -(-len(tasks) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4 * ncols, 3 * nrows), squeeze=False)
    for ax in axes.flat[len(tasks):]:
        ax.set_visible(False)
    for ax, task in zip(axes.flat, tasks):
        ax.set_title(task)
    return fig, list(axes.flat[:len(tasks)])


def colors(n: int) -> list:
    return sns.color_palette(PALETTE, n)


def load_json(path: str) -> Any:
    """An input JSON file; unreadable or invalid → one-line EftError."""
    try:
        return read_json(path)
    except (OSError, json.JSONDecodeError) as exc:
        raise EftError(f"{path}: cannot read JSON: {exc}") from exc


def load_csv(path: str) -> pd.DataFrame:
    """An input CSV file; unreadable or invalid → one-line EftError."""
    try:
        return pd.read_csv(path)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise EftError(f"{path}: cannot read CSV: {str(exc).splitlines()[0]}") from exc


def save(fig: Figure, png: str | Path, pdf: str | Path) -> None:
    """Write the figure as PNG and PDF, each atomically and without run-dependent metadata."""
    with atomic_path(png) as tmp:
        fig.savefig(tmp, format="png", dpi=DPI, metadata=PNG_METADATA)
    with atomic_path(pdf) as tmp:
        fig.savefig(tmp, format="pdf", dpi=DPI, metadata=PDF_METADATA)
    plt.close(fig)


def figure_main(name: str, draw: Callable[[list[str]], Figure], argv: list[str]) -> int:
    """`eft figures NAME --inputs FILE... --png X.png --pdf X.pdf`: draw from the inputs, then save."""
    parser = argparse.ArgumentParser(prog=f"eft figures {name}")
    parser.add_argument("--inputs", nargs="+", required=True)
    parser.add_argument("--png", required=True)
    parser.add_argument("--pdf", required=True)
    args = parser.parse_args(argv)
    apply()
    save(draw(args.inputs), args.png, args.pdf)
    return 0
