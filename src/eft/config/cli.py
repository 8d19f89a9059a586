"""`eft config show|write`: print or save the resolved config of an experiment (`--result-keys`: without its
operational keys). `eft config record --cfg JSON --out FILE`: the workflow's record of the result keys it ran
with (results/<experiment>/config.yaml), written from the config the Snakefile resolved."""
from __future__ import annotations

import argparse

import yaml

from eft.cfg_arg import cfg_object
from eft.config.compose import load_config
from eft.config.keys import result_config
from eft.io import atomic_write_text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft config")
    parser.add_argument("action", choices=["show", "write", "record"])
    parser.add_argument("--experiment", default="mini")
    parser.add_argument("--out", help="path for `write` and `record`")
    parser.add_argument("--result-keys", action="store_true", help="leave the operational keys out")
    parser.add_argument("--cfg", help="for `record`: the resolved config as JSON")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides, e.g. search.iterations=5")
    args = parser.parse_intermixed_args(argv)
    if args.action == "record":
        cfg = cfg_object(args.cfg or "")
    else:
        cfg = load_config(args.experiment, args.overrides)
        if args.result_keys:
            cfg = result_config(cfg)
    text = yaml.safe_dump(cfg, sort_keys=True)
    if args.action == "show":
        print(text, end="")
    else:
        atomic_write_text(args.out, text)
    return 0
