"""What parallel evaluation inside one search costs against parallelism across searches (Snakemake jobs).

The worker count is `search.workers` (conf/search/*.yaml; on the command line
`overrides=[search.workers=N]`), passed as OpenEvolve's `evaluator.parallel_evaluations`: the size
of its process pool. With one worker the search is a function of its seed; with more, OpenEvolve takes
results in the order they finish, so what each later sampling sees depends on timing.

Cases, each search in its own interpreter (as a Snakemake job would run it), offline operator, one task,
in interleaved rounds (so the drift of a shared machine hits every case alike):
  w1      one search, 1 worker, seed 0: the baseline
  w2      one search, 2 workers, seed 0: its speed, and whether the rounds agree with each other
  2 x w1  two single-worker searches at once (seeds 0 and 1): aggregate iterations/s; the seed-0 one must
          agree with the baseline
Rates count the search only (from before `run_search` to after), not interpreter start-up and imports;
reported as the median over rounds; ratios against the w1 median of the same invocation, and against the
w1 run of the same round (less sensitive to other load on the machine).
Traces are compared without their wall-clock fields (`timestamp`, `metadata.iteration_time`).

Run: python benchmarks/search_workers.py [--task circle_packing_26] [--iterations 100] [--rounds 3]
     [--out results/benchmarks/search_workers.json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from eft.paths import CONF_DIR, REPO_ROOT, TASKS_DIR

WALL_CLOCK = ("timestamp", "iteration_time")


def canonical_trace(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for record in records:
        record.pop("timestamp", None)
        record.get("metadata", {}).pop("iteration_time", None)
    return records


def sha(data: str | bytes) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()[:16]


def child(spec: dict) -> None:
    """One search (in this interpreter); prints its timing and fingerprints as JSON."""
    from eft.search.run import run_search

    operator = yaml.safe_load((CONF_DIR / "operator" / "offline.yaml").read_text())
    search = {**yaml.safe_load((CONF_DIR / "search" / "mini.yaml").read_text()),
              "iterations": spec["iterations"], "checkpoint_interval": spec["iterations"],
              "workers": spec["workers"]}
    work, out = Path(spec["dir"]) / "work", Path(spec["dir"]) / "out"
    start = time.time()
    summary = run_search(Path(spec["task_dir"]), "diff", spec["seed"], operator, search, 0, work, out)
    end = time.time()
    trace = canonical_trace(out / "trace.jsonl")
    best = (out / summary.best["code_path"]).read_text()
    print(json.dumps({"start": start, "end": end, "iterations": summary.iterations,
                      "failed": summary.failed_iterations, "best_score": summary.best["combined_score"],
                      "trace_sha": sha(json.dumps(trace, sort_keys=True)), "best_sha": sha(best),
                      "parents": [r.get("parent_id") for r in trace],
                      "scores": [(r.get("child_metrics") or {}).get("combined_score") for r in trace]}))


def launch(task_dir: Path, scratch: Path, name: str, workers: int, seed: int, iterations: int) -> subprocess.Popen:
    spec = {"task_dir": str(task_dir), "dir": str(scratch / name), "workers": workers, "seed": seed,
            "iterations": iterations}
    return subprocess.Popen([sys.executable, __file__, "--child", json.dumps(spec)], cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def collect(proc: subprocess.Popen) -> dict:
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"search failed ({proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["it_s"] = result["iterations"] / (result["end"] - result["start"])
    return result


def first_divergence(a: dict, b: dict) -> int | None:
    """1-based trace position of the first child with another parent or score (None: same trace)."""
    if a["trace_sha"] == b["trace_sha"]:
        return None
    pairs = list(zip(zip(a["parents"], a["scores"]), zip(b["parents"], b["scores"])))
    return next((i + 1 for i, (x, y) in enumerate(pairs) if x != y), len(pairs) + 1)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", default="circle_packing_26")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "results" / "benchmarks" / "search_workers.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(json.loads(args.child))

    from eft.tasks.materialize import materialize
    from eft.tasks.registry import load_spec

    n = args.iterations
    rates: dict[str, list[float]] = {"w1": [], "w2": [], "pair": []}
    runs: dict[str, list[dict]] = {"w1": [], "w2": [], "pair_seed0": [], "pair_seed1": []}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        task_dir = materialize(load_spec(TASKS_DIR / args.task), scratch / "task", 0)
        for r in range(args.rounds):  # interleaved, so drift of the shared machine hits every case alike
            for case, workers in (("w1", 1), ("w2", 2)):
                runs[case].append(collect(launch(task_dir, scratch, f"{case}_{r}", workers, 0, n)))
                rates[case].append(runs[case][-1]["it_s"])
            procs = [launch(task_dir, scratch, f"pair{r}_seed{s}", 1, s, n) for s in (0, 1)]
            done = [collect(p) for p in procs]
            runs["pair_seed0"].append(done[0])
            runs["pair_seed1"].append(done[1])
            rates["pair"].append(2 * n / (max(d["end"] for d in done) - min(d["start"] for d in done)))
            print(f"round {r + 1}/{args.rounds}: " + ", ".join(f"{k} {v[-1]:.2f} it/s" for k, v in rates.items()),
                  flush=True)

    labels = {"w1": "1 search, 1 worker (baseline)", "w2": "1 search, 2 workers",
              "pair": "2 searches x 1 worker, aggregate"}
    baseline = median(rates["w1"])
    per_round = {c: [x / w for x, w in zip(v, rates["w1"])] for c, v in rates.items()}  # same round's w1
    w1, w2 = runs["w1"], runs["w2"]
    reproducible = {
        "1 worker, same seed, rounds": [first_divergence(w1[0], other) for other in w1[1:]],
        "1 worker, next to another search": [first_divergence(w1[0], other) for other in runs["pair_seed0"]],
        "2 workers, same seed, rounds": [first_divergence(w2[0], other) for other in w2[1:]],
    }
    print(f"\ntask {args.task}, {n} iterations per search, offline operator, diff strategy, "
          f"{args.rounds} rounds (median; min-max)")
    print(f"{'case':<34} {'it/s':>7} {'range':>13} {'x w1':>6} {'x w1 per round':>16}")
    for case, label in labels.items():
        values = rates[case]
        print(f"{label:<34} {median(values):7.2f} {min(values):6.2f}-{max(values):<6.2f} "
              f"{median(values) / baseline:6.2f} {median(per_round[case]):6.2f} "
              f"({' '.join(f'{x:.2f}' for x in per_round[case])})")
    print(f"\n{'same trace as round 1?':<34} first differing child per comparison (- = identical)")
    for label, diverged in reproducible.items():
        print(f"{label:<34} {' '.join('-' if d is None else str(d) for d in diverged)}")
    for case in ("w1", "w2"):
        scores = " ".join(f"{r['best_score']:.4f}" for r in runs[case])
        print(f"best score {case}: {scores}")

    report = {
        "task": args.task, "iterations": n, "rounds": args.rounds, "operator": "offline", "strategy": "diff",
        "it_s_median": {labels[c]: round(median(v), 3) for c, v in rates.items()},
        "ratio_to_w1": {labels[c]: round(median(v) / baseline, 3) for c, v in rates.items()},
        "ratio_to_w1_per_round": {labels[c]: [round(x, 3) for x in v] for c, v in per_round.items()},
        "ratio_to_w1_per_round_median": {labels[c]: round(median(v), 3) for c, v in per_round.items()},
        "it_s_all": {labels[c]: [round(x, 3) for x in v] for c, v in rates.items()},
        "first_divergence": reproducible,
        "runs": {k: [{f: r[f] for f in ("it_s", "iterations", "failed", "best_score", "trace_sha", "best_sha")}
                     for r in v] for k, v in runs.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
