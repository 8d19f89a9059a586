"""Parent side of GPU evaluation: get the candidate's kernel spec, then check and time it in the harness.

Two sandboxed children: `run_python` calls the candidate's `kernel_spec()` (untrusted Python, no GPU),
then `eft.kernels.harness` compiles, checks and times the kernel (trusted Python, untrusted CUDA).
Result: {"status": "ok", "device", "geomean_us", "median_us", ...} | {"status": "error", "error"} |
{"status": "skipped: no CUDA device"}.
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

import eft
from eft.errors import one_line
from eft.kernels import problems
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import available
from eft.sandbox import SandboxLimits, run_command, run_python, scratch_dir

SKIPPED = "skipped: no CUDA device"
# cupy's kernel cache stays at its default under $HOME, which the sandbox points at the (writable) scratch dir
PASS_ENV = ("CUDA_VISIBLE_DEVICES", "CUDA_PATH", "CUDA_HOME", "LD_LIBRARY_PATH")
STARTUP_S = 60.0  # cupy import + NVRTC compile + correctness checks, on top of the timing budget
NO_AS_LIMIT_MB = 1 << 30  # CUDA reserves terabytes of virtual address space: RLIMIT_AS must stay open


def _harness_env() -> dict[str, str]:
    env = {key: os.environ[key] for key in PASS_ENV if key in os.environ}
    env["PYTHONPATH"] = str(Path(eft.__file__).resolve().parents[1])
    return env


def measure_program(program_path: str | os.PathLike, problem: str, cfg: TimingConfig, *,
                    call_limits: SandboxLimits, timeout_s: float | None = None) -> dict:
    """Check and time the kernel `program_path` describes; never raises for a bad candidate.

    `call_limits` bound the candidate's `kernel_spec()` call (the task's limits: `Task.limits.call()`).
    The harness's default timeout leaves room for startup plus twice the timing budget of every case.
    """
    n_cases = len(problems.load(problem).BENCH_SIZES)
    timeout_s = timeout_s or STARTUP_S + 2.0 * cfg.budget_s * n_cases
    if not available():
        return {"status": SKIPPED}
    spec = run_python(program_path, "kernel_spec", [{}], limits=call_limits)
    if not spec.ok:
        return {"status": "error", "error": spec.error}
    try:  # checked here too, so a refused spec never reaches the GPU harness
        problems.load(problem).check_spec(spec.values[0])
    except ValueError as exc:
        return {"status": "error", "error": one_line(exc)}
    limits = SandboxLimits(timeout_s=timeout_s, mem_mb=NO_AS_LIMIT_MB, max_procs=256)
    with scratch_dir() as scratch:
        files = {"spec": spec.values[0], "cfg": dataclasses.asdict(cfg)}
        for name, data in files.items():
            (scratch / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        argv = [sys.executable, "-m", "eft.kernels.harness", problem, "spec.json", "cfg.json", "out.json"]
        ran = run_command(argv, cwd=scratch, limits=limits, env=_harness_env(), gpu=True)
        out = scratch / "out.json"
        if ran.timed_out or not out.is_file():
            return {"status": "error", "error": ran.error or "harness wrote no result"}
        result = json.loads(out.read_text(encoding="utf-8"))
    if not result.pop("ok"):
        return {"status": "error", "error": result["error"]}
    return {"status": "ok", **result}
