"""Judge for gpu_vecadd (GPU MODE protocol, docs/PAPER.md#gpu-kernels): correctness on every test size, then
CUDA-event timing with warm-up, L2 flush and repeat-until-stable (see eft.kernels).

runtime_us = geometric mean over the benchmark sizes of the mean kernel time;
combined_score = 3000 / runtime_us. Without a CUDA device the task is skipped, not failed.
"""
from __future__ import annotations

from eft.judge import Task
from eft.kernels.measure import measure_program
from eft.kernels.sampling import TimingConfig

KERNEL_PROBLEM = "vecadd"
SCORE_US = 3000.0
TIMING = TimingConfig(warmup=10, max_trials=500, rel_se=1e-3, budget_s=2.0, l2_flush_mb=128)


def evaluate(program_path: str, task: Task) -> dict:
    measured = measure_program(program_path, KERNEL_PROBLEM, TIMING, call_limits=task.limits.call())
    if measured["status"] != "ok":
        if measured["status"].startswith("skipped"):
            return {"combined_score": 0.0, "error": "requires a CUDA device", "skipped": 1}
        return {"combined_score": 0.0, "error": measured["error"]}
    runtime = measured["geomean_us"]
    return {"combined_score": SCORE_US / runtime, "runtime_us": runtime,
            "rel_se": measured["rel_se"], "converged": float(measured["converged"])}
