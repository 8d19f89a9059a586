"""`eft search run`: one OpenEvolve search, resumable; `eft search table`: one CSV row per finished run.

    eft search run --task-dir DIR --strategy diff|full_rewrite --seed S --cfg JSON
                   --work-dir W --out-dir O [--model-dir DIR] [--adapter-dir DIR] [--record-task-failure]
    eft search table --runs O1/summary.json ... --out runs.csv

--cfg is one JSON object:
    {"search":   the resolved `search` section (iterations, num_islands, population_size, archive_size,
                 num_top_programs, num_diverse_programs, eval_timeout_s, checkpoint_interval,
                 parallel_evaluations, max_code_length; strategies/seeds may be present and are ignored),
     "operator": the mutation operator: the resolved `teacher` section
                 {kind: offline|openai|hf, name, api_base, model, api_key_env, temperature, top_p,
                  max_tokens, timeout_s, retries}, or for a model under evaluation
                 {kind: hf, name, model: DIR, adapter: DIR|null, temperature, top_p, max_tokens,
                  timeout_s, retries} (api_base / api_key_env may be omitted for hf),
     "seed":     the experiment's master seed}
--model-dir / --adapter-dir set operator.model / operator.adapter (for paths that are Snakemake inputs
rather than params). Outputs: O/trace.jsonl, O/best_program.<py|cpp>, O/summary.json (written last).
Checkpoints and OpenEvolve's logs stay in W; rerunning with the same W resumes. With --record-task-failure,
a broken task (missing file, evaluator failing on the initial program) gives summary status
"failed: <reason>" and exit 0 instead of an error.
"""
from __future__ import annotations

import argparse

from eft.cfg_arg import cfg_object
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
    run.add_argument("--cfg", required=True, help="JSON: {search, operator, seed}")
    run.add_argument("--work-dir", required=True, help="checkpoints and logs (not an output)")
    run.add_argument("--out-dir", required=True)
    run.add_argument("--model-dir", help="overrides operator.model")
    run.add_argument("--adapter-dir", help="overrides operator.adapter")
    run.add_argument("--record-task-failure", action="store_true",
                     help='write a broken task as a result (status "failed: <reason>") instead of failing')
    table = sub.add_parser("table", help="one CSV row per run (status, initial and best metric)")
    table.add_argument("--runs", nargs="+", required=True, help="summary.json files")
    table.add_argument("--out", required=True)
    return parser


def _config(args: argparse.Namespace) -> tuple[dict, dict, int]:
    cfg = cfg_object(args.cfg, ("search", "operator", "seed"))
    operator = dict(cfg["operator"])
    if args.model_dir:
        operator["model"] = args.model_dir
    if args.adapter_dir:
        operator["adapter"] = args.adapter_dir
    return cfg["search"], operator, int(cfg["seed"])


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "table":
        atomic_write_text(args.out, runs_table(args.runs).to_csv(index=False))
        return 0
    search, operator, master_seed = _config(args)
    from eft.search.run import run_search  # imports OpenEvolve: only when a search runs

    try:
        summary = run_search(args.task_dir, args.strategy, args.seed, operator, search, master_seed,
                             args.work_dir, args.out_dir, args.record_task_failure)
    except KeyError as exc:
        raise EftError(f"--cfg lacks setting {exc.args[0]!r}") from None
    best = summary["best"]
    print(f"{summary['task']} {summary['strategy']} seed {summary['seed']}: {summary['status']}"
          + (f", best combined_score {best['combined_score']:.6g}" if best else ""))
    return 0
