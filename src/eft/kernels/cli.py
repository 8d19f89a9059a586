"""`eft kernels retime --runs S1/summary.json ... --tasks-dir results/E/tasks --cfg JSON --out retime.json`."""
from __future__ import annotations

import argparse

from eft.cfg_arg import cfg_object
from eft.errors import EftError
from eft.io import atomic_write_json
from eft.kernels.retime import retime
from eft.kernels.sampling import TimingConfig


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft kernels")
    sub = parser.add_subparsers(dest="action", required=True)
    re_ = sub.add_parser("retime", help="re-time the best kernel of each search run on this machine's GPU")
    re_.add_argument("--runs", nargs="+", required=True, help="summary.json of each search run")
    re_.add_argument("--tasks-dir", required=True,
                     help="folder of the materialized task copies the runs searched on (one <task id> folder each)")
    re_.add_argument("--cfg", required=True,
                     help="JSON: warmup, max_trials, rel_se, budget_s (per case), l2_flush_mb")
    re_.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        cfg = TimingConfig.from_dict(cfg_object(args.cfg))
    except (ValueError, TypeError) as exc:
        raise EftError(f"--cfg: {exc}") from None
    atomic_write_json(args.out, retime(args.runs, cfg, args.tasks_dir))
    return 0
