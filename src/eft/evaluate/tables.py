"""The held-out tables as Markdown and LaTeX, laid out like the paper's (docs/PAPER.md#main-table).

One row per model with its scores (mean ± sample s.d. over seeds when there are several), and under each
fine-tuned model a Δ (%) row with the Avg Δ column filled. Columns follow the paper's order and labels
(eft.evaluate.layout). The Frontier-CS table adds the paper's Mean column (mean score over the problems).
A missing score shows its status text (e.g. "skipped: no CUDA device"), never a zero; an undefined Δ shows
"n/a". Formatting is fixed so that the same results give the same bytes.
"""
from __future__ import annotations

import math

import pandas as pd

from eft.evaluate.delta import (
    AVG,
    PAPER_EXCLUDE,
    avg_delta,
    deltas,
    format_delta,
    relative_delta,
)
from eft.evaluate.layout import label, ordered

DELTA_ROW = "Δ (%)"
MEAN = "Mean"


def format_score(value: float) -> str:
    """Up to 7 significant digits; large values (contest scores) as plain integers."""
    return f"{value:.0f}" if abs(value) >= 1e6 else f"{value:.7g}"


def format_spread(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 1e4 else f"{value:.2g}"


def model_means(frame: pd.DataFrame) -> pd.Series:
    """Each model's mean score over the tasks of the frame (NaN unless every task has a score)."""
    return frame.groupby("model", sort=False)["score"].agg(lambda s: s.mean() if s.notna().all() else math.nan)


def format_interval(avg: float, interval: tuple[float, float] | None) -> str:
    """Avg Δ with its bootstrap interval: "+12.30 [-1.00, +25.00]" (the interval alone is never shown)."""
    text = format_delta(avg)
    if interval is None or math.isnan(avg) or any(math.isnan(v) for v in interval):
        return text
    return f"{text} [{format_delta(interval[0])}, {format_delta(interval[1])}]"


def table_cells(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE,
                mean_column: bool = False, intervals: dict | None = None) -> list[list[str]]:
    """Header plus body rows of strings; the first column names the model or the Δ row. `intervals` maps a
    fine-tuned model to the bootstrap interval of its Avg Δ (eft.evaluate.bootstrap)."""
    intervals = intervals or {}
    tasks = ordered(list(dict.fromkeys(frame["task"])))
    delta = deltas(frame)[tasks] if len(frame) else deltas(frame)
    avg = avg_delta(delta, exclude)
    means = model_means(frame)
    bases = frame.drop_duplicates("model").set_index("model")["base_model"]
    rows = [["Model", *map(label, tasks), *([MEAN] if mean_column else []), AVG]]
    for model, group in frame.groupby("model", sort=False):
        by_task = group.set_index("task")
        mean = [format_score(means[model]) if not math.isnan(means[model]) else "n/a"] if mean_column else []
        rows.append([model, *(_score_cell(by_task, t) for t in tasks), *mean, ""])
        if model in delta.index:
            mean_delta = ([format_delta(relative_delta(means[model], means[bases[model]], "higher"))]
                          if mean_column else [])
            rows.append([DELTA_ROW, *(format_delta(delta.at[model, t]) for t in tasks), *mean_delta,
                         format_interval(avg[model], intervals.get(model))])
    return rows


def _score_cell(by_task: pd.DataFrame, task: str) -> str:
    if task not in by_task.index:
        return "n/a"
    score = by_task.at[task, "score"]
    if not math.isnan(score):
        sd = by_task.at[task, "sd"] if "sd" in by_task.columns else math.nan
        return format_score(score) + ("" if math.isnan(sd) else f" ± {format_spread(sd)}")
    status = by_task.at[task, "status"] if "status" in by_task.columns else ""
    return status if status and status != "ok" else "n/a"


def render_markdown(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE, mean_column: bool = False,
                    intervals: dict | None = None, level: float | None = None) -> str:
    if frame.empty:
        return "No held-out task of this table in this experiment.\n"
    header, *body = table_cells(frame, exclude, mean_column, intervals)
    rule = "|---|" + "---:|" * (len(header) - 1)
    shown = [t for t in exclude if t in set(frame["task"])]
    note = (f"Scores: mean ± s.d. over seeds. Δ: relative improvement over the base model in %; {AVG} excludes "
            f"{', '.join(map(label, shown)) or 'nothing'} and base scores of 0.")
    if intervals:
        note += f" Brackets: bootstrap {level:.0%} interval of {AVG} over (task, seed) units."
    return "\n".join([_md_line(header), rule, *map(_md_line, body), "", note]) + "\n"


def _md_line(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


_TEX_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "Δ": r"$\Delta$",
                "±": r"$\pm$"}


def _tex(text: str) -> str:
    return "".join(_TEX_ESCAPES.get(ch, ch) for ch in text)


def render_latex(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE, mean_column: bool = False,
                 intervals: dict | None = None) -> str:
    """A booktabs tabular (needs \\usepackage{booktabs})."""
    if frame.empty:
        return "% no held-out task of this table in this experiment\n"
    header, *body = table_cells(frame, exclude, mean_column, intervals)
    return "\n".join([
        r"\begin{tabular}{l" + "r" * (len(header) - 1) + "}",
        r"\toprule", _tex_line(header), r"\midrule", *map(_tex_line, body), r"\bottomrule", r"\end{tabular}",
    ]) + "\n"


def _tex_line(cells: list[str]) -> str:
    return " & ".join(map(_tex, cells)) + r" \\"
