"""`eft config show|write`: print or save the resolved config of an experiment."""
from __future__ import annotations

import argparse

import yaml

from eft.config.compose import load_config
from eft.io import atomic_write_text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eft config")
    parser.add_argument("action", choices=["show", "write"])
    parser.add_argument("--experiment", default="mini")
    parser.add_argument("--out", help="path for `write`")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides, e.g. search.iterations=5")
    args = parser.parse_intermixed_args(argv)
    cfg = load_config(args.experiment, args.overrides)
    text = yaml.safe_dump(cfg, sort_keys=True)
    if args.action == "write":
        atomic_write_text(args.out, text)
    else:
        print(text, end="")
    return 0
