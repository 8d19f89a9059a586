"""`eft trajectories extract | curate | import-finch`."""
from __future__ import annotations

import argparse
from pathlib import Path

from eft.cfg_arg import cfg_object
from eft.io import atomic_write_json
from eft.trajectories.curate import curate_files
from eft.trajectories.extract import extract_to

CFG_HELP = ('JSON: {"max_input_tokens": int, "drop_unrecoverable": bool}, optionally "domains", '
            '"exclude_domains", "tasks" (lists of names or null; they select Finch Collection rows)')


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eft trajectories")
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("extract", help="search runs -> raw Finch-schema parquet")
    p.add_argument("--summaries", nargs="+", required=True, type=Path, help="summary.json of each search run")
    p.add_argument("--traces", nargs="+", required=True, type=Path, help="trace.jsonl of each run, same order")
    p.add_argument("--tokenizer", required=True, type=Path, help="tokenizer folder for the token lengths")
    p.add_argument("--out", required=True, type=Path)
    p = sub.add_parser("curate", help="filter raw trajectories (ours, the Finch Collection, or both); write "
                                      "the kept rows and stats.json")
    p.add_argument("--raw", type=Path, help="raw parquet of our extraction")
    p.add_argument("--finch", type=Path, help="a Finch Collection parquet file or folder of shards")
    p = sub.add_parser("import-finch", help="a local Finch Collection (parquet file or folder) -> curated parquet")
    p.add_argument("--src", required=True, type=Path)
    for name in ("curate", "import-finch"):
        p = sub.choices[name]
        p.add_argument("--tokenizer", type=Path, help="recount token lengths with this tokenizer folder where "
                       "a source's were not counted with it (without: every source's counts are kept)")
        p.add_argument("--cfg", required=True, type=cfg_object, help=CFG_HELP)
        p.add_argument("--out", required=True, type=Path)
        p.add_argument("--stats", required=True, type=Path)
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.action == "extract":
        rows = extract_to(args.summaries, args.traces, args.tokenizer, args.out)
        print(f"extracted {rows} rows")
        return 0
    raw, finch = (args.raw, args.finch) if args.action == "curate" else (None, args.src)
    stats = curate_files(raw, finch, args.cfg, args.out, args.tokenizer)
    atomic_write_json(args.stats, stats)
    print(f"kept {stats['kept']} of {stats['raw']} rows; dropped {stats['dropped']}")
    return 0
