"""Search throughput with the offline operator: iterations/s on the quadratic test fixture (OpenEvolve's
own overhead, in-process evaluator) and on real suite tasks (evaluator runs candidates in eft.sandbox).

Run: python benchmarks/search_throughput.py [--iterations N] [TASK_ID ...]   (default: circle_packing_26)
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from eft.paths import CONF_DIR, REPO_ROOT, TASKS_DIR
from eft.search.run import run_search
from eft.tasks.materialize import materialize
from eft.tasks.registry import load_spec

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "tasks" / "quadratic"


def throughput(task_dir: Path, strategy: str, iterations: int, scratch: Path) -> tuple[float, dict]:
    operator = yaml.safe_load((CONF_DIR / "operator" / "offline.yaml").read_text())
    search = {**yaml.safe_load((CONF_DIR / "search" / "mini.yaml").read_text()), "iterations": iterations,
              "checkpoint_interval": iterations}
    started = time.perf_counter()
    summary = run_search(task_dir, strategy, 0, operator, search, 0, scratch / "work", scratch / "out")
    return iterations / (time.perf_counter() - started), summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=40)
    parser.add_argument("tasks", nargs="*", default=["circle_packing_26"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dirs = {"quadratic (fixture)": FIXTURE}
        for task_id in args.tasks:
            dirs[task_id] = materialize(load_spec(TASKS_DIR / task_id), tmp / "tasks" / task_id, 0)
        rows = []
        for name, task_dir in dirs.items():
            for strategy in ("diff", "full_rewrite"):
                rate, summary = throughput(task_dir, strategy, args.iterations, tmp / name / strategy)
                rows.append((name, strategy, rate, summary))
    print(f"\n{'task':<24} {'strategy':<13} {'it/s':>8} {'failed':>7} {'initial':>10} {'best':>10}")
    for name, strategy, rate, s in rows:
        print(f"{name:<24} {strategy:<13} {rate:8.2f} {s.failed_iterations:>7} "
              f"{s.initial_metrics['combined_score']:10.4f} {s.best['combined_score']:10.4f}")


if __name__ == "__main__":
    main()
