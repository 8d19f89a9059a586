"""`eft search run`: one OpenEvolve search, resumable; `eft search served`: several searches of one model
through one server started for them; `eft search table`: one CSV row per finished run.

    eft search run --task-dir DIR --strategy diff|full_rewrite --seed S --cfg JSON [--ops FILE --ops-key K]
                   [--model DIR] --work-dir W --out-dir O [--record-task-failure]
    eft search served --model DIR --model-name NAME --strategy diff|full_rewrite --runs RUNS.json --cfg JSON
                   --ops FILE [--ops-key heldout_served] [--server-cmd TEMPLATE] [--parallel N]
                   [--startup-timeout-s S] [--stop-timeout-s S] [--record-task-failure]
    eft search table --runs O1/summary.json ... --out runs.csv

--cfg holds what the run's result depends on, one JSON object:
    {"search":   the `search` section's result keys (iterations, num_islands, population_size, archive_size,
                 num_top_programs, num_diverse_programs, max_code_length),
     "operator": the operator's result keys (`search.operator` for a teacher search; `eval.operator` plus the
                 model's name for a held-out search),
     "seed":     the experiment seed}
--ops is the operational settings file (`eft.config.keys.job_settings`); its object under --ops-key is
{"search": {checkpoint_interval, workers}, "operator": {"endpoint": {...}}}: it steers the run but never
restarts it. --model is the folder of the model
under test (kind hf), given as a path so the workflow can declare it as an input.
Outputs: O/trace.jsonl, O/best_program.<py|cpp>, O/summary.json (written last). Checkpoints and OpenEvolve's
logs stay in W; rerunning with the same W resumes. With --record-task-failure, a broken task (missing file,
evaluator failing on the initial program) gives summary status "failed: <reason>" and exit 0.

`served` starts the server command (`eval.serving.command`: {model}, {port}, {name} placeholders) for the
model folder DIR under the name NAME, waits until it answers, runs every search of RUNS.json (a file or the
JSON list itself: [{task_dir, seed, out_dir, work_dir}, ...], each written exactly as `eft search run` writes
it; one whose summary.json is complete is not rerun) N at a time, their hf operator (--cfg as for `run`, the
model under test named NAME) sending its requests to the server, then stops the server. Its
--ops object holds {"search": {...}, "serving": {command, startup_timeout_s, stop_timeout_s, parallel,
request: {timeout_s, retries, retry_backoff_s}}}; the flags override those settings. Exit 2 naming the
searches that failed.
"""
from __future__ import annotations

import argparse

from eft.cfg_arg import cfg_object, ops_object
from eft.config.keys import OPERATIONAL
from eft.errors import EftError
from eft.io import atomic_write_text
from eft.search.oe_config import STRATEGIES
from eft.search.runs_table import runs_table


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eft search")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run or resume one search")
    run.add_argument("--task-dir", required=True, help="a materialized task folder")
    run.add_argument("--strategy", required=True, choices=STRATEGIES)
    run.add_argument("--seed", required=True, type=int)
    run.add_argument("--cfg", required=True, help="JSON: {search, operator, seed} (result keys)")
    run.add_argument("--ops", help="operational settings file (JSON)")
    run.add_argument("--ops-key", default="teacher_search", help="which job's settings to read from --ops")
    run.add_argument("--work-dir", required=True, help="checkpoints and logs (not an output)")
    run.add_argument("--out-dir", required=True)
    run.add_argument("--model", help="folder of the model under test (sets operator.path)")
    run.add_argument("--record-task-failure", action="store_true",
                     help='write a broken task as a result (status "failed: <reason>") instead of failing')
    served = sub.add_parser("served", help="several searches of one model through one server it shares")
    served.add_argument("--model", required=True, help="the model folder to serve")
    served.add_argument("--model-name", required=True, help="the name it is served (and recorded) under")
    served.add_argument("--strategy", required=True, choices=STRATEGIES)
    served.add_argument("--runs", required=True, help="JSON list (or a file holding it) of "
                                                      "{task_dir, seed, out_dir, work_dir}")
    served.add_argument("--cfg", required=True, help="JSON: {search, operator, seed} (result keys)")
    served.add_argument("--ops", help="operational settings file (JSON)")
    served.add_argument("--ops-key", default="heldout_served", help="which job's settings to read from --ops")
    served.add_argument("--server-cmd", help="server command template with {model}, {port}, {name}")
    served.add_argument("--parallel", type=int, help="searches at a time")
    served.add_argument("--startup-timeout-s", type=float, help="how long the server may take to answer")
    served.add_argument("--stop-timeout-s", type=float, help="how long the server may take to stop")
    served.add_argument("--record-task-failure", action="store_true",
                        help='write a broken task as a result (status "failed: <reason>") instead of failing')
    table = sub.add_parser("table", help="one CSV row per run (status, initial and best metric)")
    table.add_argument("--runs", nargs="+", required=True, help="summary.json files")
    table.add_argument("--out", required=True)
    return parser


def _config(args: argparse.Namespace) -> tuple[dict, dict, int]:
    """(search, operator, experiment seed) with the operational settings merged in."""
    cfg, ops = cfg_object(args.cfg, ("search", "operator", "seed")), ops_object(args.ops, args.ops_key)
    search = {**cfg["search"], **ops.get("search", {})}
    operator = {**cfg["operator"], **ops.get("operator", {})}
    if args.model:
        operator["path"] = args.model
    return search, operator, int(cfg["seed"])


def _serving(args: argparse.Namespace, ops: dict) -> dict:
    """The served job's operational settings: --ops's `serving` object, overridden by the flags."""
    serving = dict(ops.get("serving") or {})
    flags = {"command": args.server_cmd, "parallel": args.parallel, "startup_timeout_s": args.startup_timeout_s,
             "stop_timeout_s": args.stop_timeout_s}
    serving.update({k: v for k, v in flags.items() if v is not None})
    for key in ("command", "parallel", "startup_timeout_s", "stop_timeout_s", "request"):
        if key not in serving:
            raise EftError(f"--ops {args.ops} ({args.ops_key}) lacks serving.{key}")
    if not isinstance(serving["parallel"], int) or serving["parallel"] < 1:
        raise EftError(f"serving.parallel must be a positive integer, got {serving['parallel']!r}")
    return serving


def _served(args: argparse.Namespace) -> int:
    from eft.search.run import read_runs, run_served

    cfg, ops = cfg_object(args.cfg, ("search", "operator", "seed")), ops_object(args.ops, args.ops_key)
    runs, serving = read_runs(args.runs), _serving(args, ops)
    try:
        ran = run_served(runs, args.strategy, cfg, ops.get("search", {}), serving, args.model, args.model_name,
                         args.record_task_failure)
    except KeyError as exc:
        raise EftError(f"--ops or --cfg lacks setting {exc.args[0]!r}") from None
    print(f"{args.model_name}: {ran} of {len(runs)} searches ran through the server, all finished")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "table":
        atomic_write_text(args.out, runs_table(args.runs).to_csv(index=False))
        return 0
    if args.command == "served":
        return _served(args)
    search, operator, experiment_seed = _config(args)
    from eft.search.run import run_search  # imports OpenEvolve: only when a search runs

    try:
        summary = run_search(args.task_dir, args.strategy, args.seed, operator, search, experiment_seed,
                             args.work_dir, args.out_dir, args.record_task_failure)
    except KeyError as exc:
        key = exc.args[0]
        where = "--ops (operational settings) or --cfg" if key in OPERATIONAL["search"] else "--cfg"
        raise EftError(f"{where} lacks setting {key!r}") from None
    best = summary.best
    print(f"{summary.task} {summary.strategy} seed {summary.seed}: {summary.status}"
          + (f", best combined_score {best['combined_score']:.6g}" if best else ""))
    return 0
