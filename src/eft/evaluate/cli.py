"""`eft eval table`: held-out summary.json files → main table (CSV, Markdown, LaTeX) and curves CSV."""
from __future__ import annotations

import argparse

from eft.cfg_arg import cfg_object
from eft.evaluate.aggregate import curves_frame, load_summaries, main_frame
from eft.evaluate.tables import render_latex, render_markdown
from eft.io import atomic_write_text


def _models(cfg_text: str) -> tuple[str, str]:
    cfg = cfg_object(cfg_text, ("base_model", "finetuned_model"))
    return str(cfg["base_model"]), str(cfg["finetuned_model"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft eval")
    sub = parser.add_subparsers(dest="action", required=True)
    table = sub.add_parser("table", help="aggregate held-out runs into the main table")
    table.add_argument("--runs", nargs="+", required=True, help="summary.json of each held-out search run")
    table.add_argument("--cfg", required=True, help='JSON: {"base_model": name, "finetuned_model": name}')
    table.add_argument("--csv", required=True)
    table.add_argument("--md", required=True)
    table.add_argument("--tex", required=True)
    table.add_argument("--curves", help="long best-so-far curves CSV (per model, task, seed, iteration)")
    args = parser.parse_args(argv)

    base, finetuned = _models(args.cfg)
    summaries = load_summaries(args.runs)
    frame = main_frame(summaries, base, finetuned)
    atomic_write_text(args.csv, frame.to_csv(index=False, lineterminator="\n"))
    atomic_write_text(args.md, render_markdown(frame))
    atomic_write_text(args.tex, render_latex(frame))
    if args.curves:
        curves = curves_frame(summaries, [base, finetuned])
        atomic_write_text(args.curves, curves.to_csv(index=False, lineterminator="\n"))
    return 0
