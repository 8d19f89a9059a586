"""How long Snakemake takes to build the paper experiment's DAG (every training task x strategies x seeds,
the held-out suite x models x seeds), against the default experiment's DAG in the same run.

The claim (issue: "the training suite at the paper's scale"): `snakemake -n --config experiment=paper` builds in
at most 15 s on a 2-core machine. A dry run reads every selected task.yaml, expands every rule and checks
every file, so this measures what the suite's size costs before any job starts. The base model path is a
stand-in folder: a dry run never opens it.

Run: python benchmarks/dag_build.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def dry_run(*config: str) -> tuple[float, int]:
    """Wall seconds of one quiet dry run, and the job count it reports."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "snakemake", "-n", "--cores", "2", "--config", *config],
                          cwd=REPO, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    total = re.search(r"^total\s+(\d+)", proc.stdout + proc.stderr, flags=re.MULTILINE)
    return seconds, int(total.group(1)) if total else 0


def paper_overrides(model_dir: str) -> str:
    """Every base model of the paper's grid pointed at one (empty) local folder: a dry run reads no weights."""
    from eft.config import load_config

    bases = load_config("paper")["models"]
    return "overrides=[" + ",".join(f"models.{b}.path={model_dir}" for b in bases) + "]"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as model:
        runs = {"paper": [], "mini": []}
        jobs = {}
        for _ in range(args.rounds):  # interleaved, so machine load hits both alike
            for name, config in (("paper", ["experiment=paper", paper_overrides(model)]),
                                 ("mini", ["experiment=mini"])):
                seconds, jobs[name] = dry_run(*config)
                runs[name].append(seconds)
    result = {name: {"median_s": round(statistics.median(times), 2), "runs_s": [round(t, 2) for t in times],
                     "jobs": jobs[name]} for name, times in runs.items()}
    result["ratio_paper_to_mini"] = round(result["paper"]["median_s"] / result["mini"]["median_s"], 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
