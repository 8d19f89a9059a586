"""Judge for the gpu_kern family (GPU MODE protocol, as tasks/gpu_vecadd): the candidate's kernel_spec() is
called in the Python sandbox (no GPU), then kernel_harness.py compiles the CUDA source with NVRTC, checks it
on every test size against a float64 reference (fresh random inputs, NaN-filled outputs), checks each
benchmark size once, and times the benchmark sizes with CUDA events, warm-up, L2 flush and
repeat-until-stable (eft.kernels.timing). params.problem picks the problem (kernel_problems.py documents the
launch conventions); params.score_us sets the normalisation.

runtime_us = geometric mean over the benchmark sizes of the mean kernel time (LOWER is better);
combined_score = score_us / runtime_us. A spec of the wrong type, a compile error, a CUDA fault, a timeout or
a wrong element scores 0 with one line. Without a CUDA device the task is skipped, not failed.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

import eft
from eft.judge import Task
from eft.kernels.measure import NO_AS_LIMIT_MB, PASS_ENV, STARTUP_S
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import available
from eft.sandbox import SandboxLimits, run_command, run_python, scratch_dir

TIMING = TimingConfig(warmup=10, max_trials=500, rel_se=1e-3, budget_s=1.0, l2_flush_mb=128)
BENCH_CASES = 3  # every problem times three sizes (kernel_problems.py)
TRUSTED = ("kernel_harness.py", "kernel_problems.py")


def _harness_env() -> dict[str, str]:
    env = {key: os.environ[key] for key in PASS_ENV if key in os.environ}
    env["PYTHONPATH"] = str(Path(eft.__file__).resolve().parents[1])
    return env


def measure(program_path: str, task: Task) -> dict:
    """{"status": "ok", "geomean_us", ...} | {"status": "error", "error"} | {"status": "skipped"}."""
    if not available():
        return {"status": "skipped"}
    spec = run_python(program_path, "kernel_spec", [{}], limits=task.limits.call())
    if not spec.ok:
        return {"status": "error", "error": spec.error}
    limits = SandboxLimits(timeout_s=STARTUP_S + 2.0 * TIMING.budget_s * BENCH_CASES, mem_mb=NO_AS_LIMIT_MB,
                           max_procs=256)
    with scratch_dir() as scratch:
        for name in TRUSTED:
            shutil.copyfile(task.dir / name, scratch / name)
        files = {"spec": spec.values[0], "cfg": dataclasses.asdict(TIMING)}
        for name, data in files.items():
            (scratch / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        argv = [sys.executable, "kernel_harness.py", str(task.params["problem"]), "spec.json", "cfg.json", "out.json"]
        ran = run_command(argv, cwd=scratch, limits=limits, env=_harness_env(), gpu=True)
        out = scratch / "out.json"
        if ran.timed_out or not out.is_file():
            return {"status": "error", "error": ran.error or "harness wrote no result"}
        result = json.loads(out.read_text(encoding="utf-8"))
    if not result.pop("ok"):
        return {"status": "error", "error": result["error"]}
    return {"status": "ok", **result}


def evaluate(program_path: str, task: Task) -> dict:
    measured = measure(program_path, task)
    if measured["status"] == "skipped":
        return {"combined_score": 0.0, "error": "requires a CUDA device", "skipped": 1}
    if measured["status"] != "ok":
        return {"combined_score": 0.0, "error": measured["error"]}
    runtime = measured["geomean_us"]
    return {"combined_score": float(task.params["score_us"]) / runtime, "runtime_us": runtime,
            "rel_se": measured["rel_se"], "converged": float(measured["converged"])}
