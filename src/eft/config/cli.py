"""`eft config show|write`: print or save the resolved config of an experiment (with `--ops-out`, also the
operational settings each job reads, `eft.config.keys.job_settings`)."""
from __future__ import annotations

import argparse

import yaml

from eft.config.compose import load_config
from eft.config.keys import job_settings
from eft.io import atomic_write_json, atomic_write_text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft config")
    parser.add_argument("action", choices=["show", "write"])
    parser.add_argument("--experiment", default="mini")
    parser.add_argument("--out", help="path for `write`")
    parser.add_argument("--ops-out", help="with `write`: the operational settings file")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides, e.g. search.iterations=5")
    args = parser.parse_intermixed_args(argv)
    cfg = load_config(args.experiment, args.overrides)
    text = yaml.safe_dump(cfg, sort_keys=True)
    if args.action == "write":
        if args.ops_out:
            atomic_write_json(args.ops_out, job_settings(cfg))
        atomic_write_text(args.out, text)
    else:
        print(text, end="")
    return 0
