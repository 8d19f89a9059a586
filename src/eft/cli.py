"""`eft` entry point: dispatches `eft <command> ...` to the stage package that owns the command.

Stage modules are imported only when their command runs, so `eft delta` does not pay for importing torch.
"""
from __future__ import annotations

import importlib
import sys

from eft.errors import EftError

COMMANDS = {
    "config": ("eft.config.cli", "resolve and validate an experiment config"),
    "plan": ("eft.config.plan", "jobs per rule and estimated GPU-hours of an experiment"),
    "tasks": ("eft.tasks.cli", "list / validate / materialize / evaluate tasks"),
    "search": ("eft.search.cli", "run one OpenEvolve search (teacher or model as operator)"),
    "serve": ("eft.operators.serve", "stand-in OpenAI-compatible server for a local model folder"),
    "trajectories": ("eft.trajectories.cli", "extract, filter and label trajectories; import Finch"),
    "train": ("eft.train.cli", "tokenizer, tiny base model, SFT"),
    "model": ("eft.train.importer", "import a base model: package GGUF, GGUF file or HF folder"),
    "eval": ("eft.evaluate.cli", "aggregate held-out runs into tables"),
    "delta": ("eft.evaluate.delta", "print Δ per task and Avg Δ for a main-results CSV"),
    "kernels": ("eft.kernels.cli", "CUDA kernel timing"),
    "figures": ("eft.figures.cli", "draw one figure"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in COMMANDS:
        width = max(map(len, COMMANDS))
        lines = [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
        print("usage: eft <command> [args]\n\ncommands:\n" + "\n".join(lines))
        return 0 if not argv or argv[0] in {"-h", "--help"} else 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    try:
        return int(module.main(argv[1:]) or 0)
    except EftError as exc:
        print(f"eft {argv[0]}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
