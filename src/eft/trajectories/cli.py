"""`eft trajectories extract | curate | import-finch`."""
from __future__ import annotations

import argparse
from pathlib import Path

from eft.cfg_arg import cfg_object
from eft.io import atomic_write_json
from eft.trajectories.curate import curate, import_finch
from eft.trajectories.extract import extract
from eft.trajectories.schema import read_parquet, write_parquet
from eft.trajectories.tokens import load_tokenizer

CFG_HELP = 'JSON: {"max_input_tokens": int, "drop_unrecoverable": bool}'


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eft trajectories")
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("extract", help="search runs -> raw Finch-schema parquet")
    p.add_argument("--summaries", nargs="+", required=True, type=Path, help="summary.json of each search run")
    p.add_argument("--traces", nargs="+", required=True, type=Path, help="trace.jsonl of each run, same order")
    p.add_argument("--tokenizer", required=True, type=Path, help="tokenizer folder for the token lengths")
    p.add_argument("--out", required=True, type=Path)
    p = sub.add_parser("curate", help="filter a raw parquet; write the kept rows and stats.json")
    p.add_argument("--raw", required=True, type=Path)
    p = sub.add_parser("import-finch", help="a local Finch Collection parquet -> curated parquet")
    p.add_argument("--src", required=True, type=Path)
    p.add_argument("--tokenizer", type=Path, help="recount token lengths with this tokenizer")
    for name in ("curate", "import-finch"):
        p = sub.choices[name]
        p.add_argument("--cfg", required=True, type=cfg_object, help=CFG_HELP)
        p.add_argument("--out", required=True, type=Path)
        p.add_argument("--stats", required=True, type=Path)
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.action == "extract":
        write_parquet(extract(args.summaries, args.traces, load_tokenizer(args.tokenizer)), args.out)
        return 0
    if args.action == "curate":
        kept, stats = curate(read_parquet(args.raw), args.cfg)
    else:
        tokenizer = load_tokenizer(args.tokenizer) if args.tokenizer else None
        kept, stats = import_finch(read_parquet(args.src), args.cfg, tokenizer)
    write_parquet(kept, args.out)
    atomic_write_json(args.stats, stats)
    print(f"kept {stats['kept']} of {stats['raw']} rows; dropped {stats['dropped']}")
    return 0
