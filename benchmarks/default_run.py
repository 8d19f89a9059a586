"""Wall time of the default experiment and its slowest jobs (from Snakemake's `benchmark:` files).

    python benchmarks/default_run.py                 # fresh run of `mini` into results/mini (deletes it first)
    python benchmarks/default_run.py --summarize     # only summarize an existing results/<experiment>

Per-rule totals are sums of job wall times (jobs run in parallel, so they can exceed the run's wall time).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]


def job_times(bench_dir: Path) -> pd.DataFrame:
    rows = []
    for tsv in sorted(bench_dir.rglob("*.tsv")):
        seconds = pd.read_csv(tsv, sep="\t")["s"].iloc[-1]
        rows.append({"job": str(tsv.relative_to(bench_dir).with_suffix("")), "rule": tsv.relative_to(bench_dir).parts[0],
                     "s": float(seconds)})
    return pd.DataFrame(rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--experiment", default="mini")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--summarize", action="store_true")
    args = parser.parse_args()
    results = REPO / "results" / args.experiment
    if not args.summarize:
        shutil.rmtree(results, ignore_errors=True)
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "snakemake", "--cores", str(args.cores), "--config",
                        f"experiment={args.experiment}"], cwd=REPO, check=True)
        print(f"wall time of the {args.experiment} run: {time.monotonic() - started:.1f} s on {args.cores} cores")
    jobs = job_times(results / "benchmarks")
    totals = defaultdict(float)
    for row in jobs.itertuples():
        totals[row.rule] += row.s
    print(f"{len(jobs)} jobs, {jobs['s'].sum():.1f} s of job time")
    print("job time per stage (s):", ", ".join(f"{k} {v:.1f}" for k, v in sorted(totals.items(), key=lambda kv: -kv[1])))
    print("slowest jobs:")
    print(jobs.sort_values("s", ascending=False).head(10).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
