"""The main held-out table as Markdown and LaTeX, laid out like the paper's (docs/PAPER.md#main-table).

One row per model with its scores, and under each fine-tuned model a Δ (%) row with the Avg Δ column filled.
A missing score shows its status text (e.g. "skipped: no CUDA device"), never a zero; an undefined Δ shows
"n/a". Formatting is fixed so that the same results give the same bytes.
"""
from __future__ import annotations

import math

import pandas as pd

from eft.evaluate.delta import AVG, PAPER_EXCLUDE, avg_delta, deltas, format_delta

DELTA_ROW = "Δ (%)"


def format_score(value: float) -> str:
    """Up to 7 significant digits; large values (contest scores) as plain integers."""
    return f"{value:.0f}" if abs(value) >= 1e6 else f"{value:.7g}"


def table_cells(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE) -> list[list[str]]:
    """Header plus body rows of strings; the first column names the model or the Δ row."""
    tasks = list(dict.fromkeys(frame["task"]))
    delta = deltas(frame)
    avg = avg_delta(delta, exclude)
    rows = [["Model", *tasks, AVG]]
    for model, group in frame.groupby("model", sort=False):
        by_task = group.set_index("task")
        rows.append([model, *(_score_cell(by_task, t) for t in tasks), ""])
        if model in delta.index:
            rows.append([DELTA_ROW, *(format_delta(delta.at[model, t]) for t in tasks), format_delta(avg[model])])
    return rows


def _score_cell(by_task: pd.DataFrame, task: str) -> str:
    if task not in by_task.index:
        return "n/a"
    score = by_task.at[task, "score"]
    if not math.isnan(score):
        return format_score(score)
    status = by_task.at[task, "status"] if "status" in by_task.columns else ""
    return status if status and status != "ok" else "n/a"


def render_markdown(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE) -> str:
    header, *body = table_cells(frame, exclude)
    rule = "|---|" + "---:|" * (len(header) - 1)
    note = f"Δ: relative improvement over the base model in %; {AVG} excludes {', '.join(exclude) or 'nothing'}."
    return "\n".join([_md_line(header), rule, *map(_md_line, body), "", note]) + "\n"


def _md_line(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


_TEX_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "Δ": r"$\Delta$"}


def _tex(text: str) -> str:
    return "".join(_TEX_ESCAPES.get(ch, ch) for ch in text)


def render_latex(frame: pd.DataFrame, exclude: tuple[str, ...] = PAPER_EXCLUDE) -> str:
    """A booktabs tabular (needs \\usepackage{booktabs})."""
    header, *body = table_cells(frame, exclude)
    return "\n".join([
        r"\begin{tabular}{l" + "r" * (len(header) - 1) + "}",
        r"\toprule", _tex_line(header), r"\midrule", *map(_tex_line, body), r"\bottomrule", r"\end{tabular}",
    ]) + "\n"


def _tex_line(cells: list[str]) -> str:
    return " & ".join(map(_tex, cells)) + r" \\"
