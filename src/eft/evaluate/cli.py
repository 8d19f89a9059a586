"""`eft eval table`: held-out summaries (and re-timings) → the held-out tables and the curves CSV;
`eft eval retime`: re-time the best programs of one timing task's held-out runs;
`eft eval probe`: replay trajectory prompts to a model and count why its edits fail (eft.evaluate.probe)."""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from eft.cfg_arg import cfg_object
from eft.errors import EftError
from eft.evaluate.aggregate import curves_frame, load_summaries, main_frame, model_roles
from eft.evaluate.bootstrap import avg_delta_interval, seed_frame
from eft.evaluate.layout import TABLES
from eft.evaluate.rates import rates_frame
from eft.evaluate.retime import RetimeConfig, retime_task, retimed_scores
from eft.evaluate.tables import render_latex, render_markdown
from eft.io import atomic_write_json, atomic_write_text, read_json

GRID_COLUMNS = ("model", "base_model", "variant", "train_tasks")


def _grid(cfg_text: str) -> list[list]:
    """The grid's runs in table order: [name, base name ('' for a base), variant ('' for a base), number of
    training tasks its trajectories came from (0 for a base)]; two-element entries are [name, base]."""
    models = cfg_object(cfg_text, ("models",))["models"]
    if not isinstance(models, list) or not all(isinstance(m, list) and len(m) in (2, 4) for m in models):
        raise EftError('--cfg: "models" must be a list of [name, base name(, variant, training tasks)] entries')
    return [m if len(m) == 4 else [*m, "", None] for m in models]


def _intervals(summaries, roles, retimed, tasks: set[str], bootstrap: dict | None) -> dict[str, tuple[float, float]]:
    """Each fine-tuned model's bootstrap interval of Avg Δ over the (task, seed) units of `tasks`."""
    if not bootstrap:
        return {}
    per_seed = seed_frame(summaries, roles, retimed)
    per_seed = per_seed[per_seed["task"].isin(tasks)]
    models = set(per_seed["model"])
    return {m: avg_delta_interval(per_seed, m, seed=int(bootstrap["seed"]), resamples=int(bootstrap["resamples"]),
                                  level=float(bootstrap["level"]))
            for m, base in roles.items() if base and m in models and base in models}


def _cmd_table(args: argparse.Namespace) -> int:
    grid = _grid(args.cfg)
    bootstrap = cfg_object(args.cfg).get("bootstrap")
    roles = model_roles([m[:2] for m in grid])
    summaries = load_summaries(args.runs)
    retimed = retimed_scores([read_json(path) for path in args.retimed])
    frame = main_frame(summaries, roles, retimed)
    out = Path(args.tables_dir)
    for table in TABLES:
        part = frame[frame["table"] == table].reset_index(drop=True)
        mean_column = table == "frontier_cs"
        ci = _intervals(summaries, roles, retimed, set(part["task"]), bootstrap) if table == "main" else {}
        level = float(bootstrap["level"]) if bootstrap else None
        atomic_write_text(out / f"{table}.csv", part.to_csv(index=False, lineterminator="\n"))
        atomic_write_text(out / f"{table}.md", render_markdown(part, mean_column=mean_column, intervals=ci,
                                                              level=level))
        atomic_write_text(out / f"{table}.tex", render_latex(part, mean_column=mean_column, intervals=ci))
        if table == "main" and bootstrap:
            rows = [{"model": m, "base_model": roles[m], "ci_low": lo, "ci_high": hi, "level": level,
                     "resamples": int(bootstrap["resamples"])} for m, (lo, hi) in ci.items()]
            atomic_write_text(out / "avg_delta_ci.csv", pd.DataFrame(
                rows, columns=["model", "base_model", "ci_low", "ci_high", "level", "resamples"]).to_csv(
                index=False, lineterminator="\n"))
    if args.rates:
        if len(args.traces) != len(args.runs):
            raise EftError("--traces must name one trace.jsonl per --runs summary, in the same order")
        rates = rates_frame(zip(args.runs, args.traces), roles)
        atomic_write_text(args.rates, rates.to_csv(index=False, lineterminator="\n"))
    atomic_write_text(out / "grid.csv", pd.DataFrame(grid, columns=list(GRID_COLUMNS)).astype(
        {"train_tasks": "Int64"}).to_csv(index=False, lineterminator="\n"))
    if args.curves:
        curves = curves_frame(summaries, list(roles))
        atomic_write_text(args.curves, curves.to_csv(index=False, lineterminator="\n"))
    return 0


def _cmd_retime(args: argparse.Namespace) -> int:
    cfg = cfg_object(args.cfg, ("min_rounds", "max_rounds", "rel_spread"))
    try:
        config = RetimeConfig(int(cfg["min_rounds"]), int(cfg["max_rounds"]), float(cfg["rel_spread"]))
    except (TypeError, ValueError) as exc:
        raise EftError(f"--cfg: {exc}") from None
    report = retime_task(Path(args.task_dir), [Path(p) for p in args.runs], config, Path(args.work_dir))
    atomic_write_json(args.out, report)
    return 0


def _cmd_probe(args: argparse.Namespace) -> int:
    from eft.evaluate.probe import probe, sample_rows

    operator = cfg_object(args.cfg, ("temperature", "top_p", "max_tokens"))
    frame = sample_rows(Path(args.trajectories), args.rows, args.seed, args.tasks, args.labels, args.strategies)
    report = probe(Path(args.model), frame, operator, args.seed)
    atomic_write_json(args.out, report)
    print(f"{report['rows']} answers: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft eval")
    sub = parser.add_subparsers(dest="action", required=True)
    table = sub.add_parser("table", help="aggregate held-out runs into the held-out tables")
    table.add_argument("--runs", nargs="+", required=True, help="summary.json of each held-out search run")
    table.add_argument("--retimed", nargs="*", default=[], help="eft eval retime reports of the timing tasks")
    table.add_argument("--cfg", required=True, help='JSON: {"models": [[name, base name or "", variant, training tasks], ...] in table order, '
                            '"bootstrap": {"seed": int, "resamples": int, "level": float} (Avg Δ intervals)}')
    table.add_argument("--tables-dir", required=True,
                       help=f"writes {{{','.join(TABLES)}}}.{{csv,md,tex}} and grid.csv (the runs) here")
    table.add_argument("--curves", help="long best-so-far curves CSV (per model, task, seed, iteration)")
    table.add_argument("--traces", nargs="*", default=[], help="trace.jsonl of each run, in --runs order")
    table.add_argument("--rates", help="per-run valid-edit / improvement counts CSV (needs --traces)")
    table.set_defaults(func=_cmd_table)
    retime = sub.add_parser("retime", help="re-time the best programs of one timing task's held-out runs")
    retime.add_argument("--task-dir", required=True, help="the materialized task the runs searched on")
    retime.add_argument("--runs", nargs="+", required=True, help="summary.json of each run of that task")
    retime.add_argument("--cfg", required=True, help='JSON: {"min_rounds": n, "max_rounds": n, "rel_spread": x}')
    retime.add_argument("--work-dir", required=True, help="where the programs are written to be evaluated")
    retime.add_argument("--out", required=True)
    retime.set_defaults(func=_cmd_retime)
    probe = sub.add_parser("probe", help="replay trajectory prompts to a model; count why its edits fail")
    probe.add_argument("--model", required=True, help="a local model folder (base or fine-tuned)")
    probe.add_argument("--trajectories", required=True, help="a curated trajectory table (parquet)")
    probe.add_argument("--cfg", required=True, help='JSON: the operator\'s {"temperature", "top_p", "max_tokens", '
                       '"stop", "context_overflow"} (eval.operator)')
    probe.add_argument("--rows", type=int, default=24, help="rows to replay (seeded sample)")
    probe.add_argument("--seed", type=int, default=0)
    probe.add_argument("--tasks", nargs="*", help="only these tasks' rows")
    probe.add_argument("--labels", nargs="*", help="only rows with these labels (e.g. improved)")
    probe.add_argument("--strategies", nargs="*", help="only rows of these search strategies (e.g. diff)")
    probe.add_argument("--out", required=True, help="JSON report: counts, per task, every answer")
    probe.set_defaults(func=_cmd_probe)
    args = parser.parse_args(argv)
    return args.func(args)
