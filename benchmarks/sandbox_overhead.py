"""What the sandbox's fences cost: today's sandbox against the last committed one, in one run.

The committed `src/eft/sandbox` (git HEAD) is copied into a temp tree next to the current code; every
measurement runs in a fresh worker process that imports one or the other (PYTHONPATH), and the two are
interleaved round by round, so machine load falls on both alike. Per variant it measures
- start-up: wall time of `run_python` on a trivial function (median);
- per call: the parent-timed cost of a call that only echoes a degree-20 polynomial (median of 200);
- search throughput: evaluations/s of circle_packing_26's real evaluator on its seed program (written 0600
  to /tmp, as OpenEvolve writes candidates), the evaluator's own two sandboxed calls included.
The acceptance bar is a throughput drop of at most 10 %.

Run: python benchmarks/sandbox_overhead.py [--rounds 5] [--out results/benchmarks/sandbox_overhead.json]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SANDBOX = "src/eft/sandbox"


def old_tree(root: Path) -> Path:
    """A copy of the current `src/eft` whose sandbox package is the committed one; returns its src dir."""
    src = root / "old" / "src"
    shutil.copytree(REPO / "src" / "eft", src / "eft", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(src / "eft" / "sandbox")
    (src / "eft" / "sandbox").mkdir()
    names = subprocess.run(["git", "ls-tree", "--name-only", "HEAD", f"{SANDBOX}/"], cwd=REPO, check=True,
                           capture_output=True, text=True).stdout.split()
    for name in names:
        text = subprocess.run(["git", "show", f"HEAD:{name}"], cwd=REPO, check=True, capture_output=True).stdout
        (src / "eft" / "sandbox" / Path(name).name).write_bytes(text)
    for folder in ("tasks", "conf", "workflow"):  # eft.paths finds them next to src
        (root / "old" / folder).symlink_to(REPO / folder)
    return src


def worker(task_dir: Path, program: Path, scratch: Path, evaluations: int) -> dict:
    """Runs inside a worker process: the three measurements for whichever sandbox it imported."""
    import numpy as np

    import eft.sandbox
    from eft.sandbox import SandboxLimits, run_python
    from eft.tasks.registry import load_evaluator

    trivial = scratch / "trivial.py"
    trivial.write_text("def run():\n    return 1\n")
    starts = []
    for _ in range(10):
        start = time.perf_counter()
        assert run_python(trivial, "run", [{}], SandboxLimits()).ok
        starts.append(time.perf_counter() - start)
    echo = scratch / "echo.py"
    echo.write_text("def solve(problem):\n    return problem['coefficients']\n")
    problem = {"problem": {"coefficients": np.poly(np.linspace(-1, 1, 20))}}
    calls = run_python(echo, "solve", [problem] * 200, SandboxLimits())
    assert calls.ok, calls.error
    evaluator = load_evaluator(task_dir)
    start = time.perf_counter()
    for _ in range(evaluations):
        metrics = evaluator(program)
        assert "error" not in metrics, metrics
    rate = evaluations / (time.perf_counter() - start)
    return {"sandbox": str(Path(eft.sandbox.__file__).parent), "startup_s": statistics.median(starts),
            "call_s": statistics.median(calls.call_seconds), "evals_per_s": rate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--evaluations", type=int, default=10)
    parser.add_argument("--out", default=str(REPO / "results/benchmarks/sandbox_overhead.json"))
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        task_dir, program, scratch = map(Path, args.worker)
        print(json.dumps(worker(task_dir, program, scratch, args.evaluations)))
        return

    from eft.sandbox.fences import fences
    from eft.tasks.materialize import materialize
    from eft.tasks.registry import get

    rows: dict[str, list[dict]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = {"old": str(old_tree(root)), "new": str(REPO / "src")}
        task_dir = root / "task"
        materialize(get("circle_packing_26"), task_dir, 0)
        fd, program = tempfile.mkstemp(suffix=".py")  # 0600 in /tmp, as OpenEvolve writes candidates
        os.write(fd, (REPO / "tasks/circle_packing_26/initial_program.py").read_bytes())
        os.close(fd)
        try:
            for k in range(args.rounds):
                for variant in (("old", "new") if k % 2 == 0 else ("new", "old")):
                    scratch = Path(tempfile.mkdtemp(dir=root))
                    env = {**os.environ, "PYTHONPATH": paths[variant]}
                    out = subprocess.run([sys.executable, __file__, "--evaluations", str(args.evaluations),
                                          "--worker", str(task_dir), program, str(scratch)],
                                         env=env, check=True, capture_output=True, text=True).stdout
                    rows[variant].append(json.loads(out.splitlines()[-1]))
                    r = rows[variant][-1]
                    print(f"round {k} {variant}: start-up {r['startup_s'] * 1e3:.1f} ms, call "
                          f"{r['call_s'] * 1e6:.0f} µs, {r['evals_per_s']:.2f} evaluations/s", flush=True)
        finally:
            os.unlink(program)
    summary = {"fences": fences(), "rounds": args.rounds, "evaluations_per_round": args.evaluations}
    for key in ("startup_s", "call_s", "evals_per_s"):
        old, new = (statistics.median(r[key] for r in rows[v]) for v in ("old", "new"))
        summary[key] = {"old": old, "new": new, "new_over_old": new / old}
    summary["throughput_drop"] = 1 - summary["evals_per_s"]["new_over_old"]
    summary["rows"] = rows
    print(json.dumps({k: v for k, v in summary.items() if k != "rows"}, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
