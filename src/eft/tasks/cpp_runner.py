"""Compile a C++ candidate once and run it on several stdin inputs, all inside `eft.sandbox`.

Shared by the C++ task evaluators (heuristic and competitive programming) so both judge the same way:
g++ -O2 in a scratch dir, one process per test case (as AtCoder and Frontier-CS judges do), stop at the
first failing case. Scoring the outputs is the evaluator's job; this module only returns them.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from eft.sandbox import SandboxLimits, run_command, scratch_dir
from eft.tasks.registry import load_spec

COMPILE_ARGV = ["g++", "-O2", "-std=c++17", "-o", "main", "main.cpp"]
COMPILE_LIMITS = SandboxLimits(timeout_s=30.0, mem_mb=4096, max_procs=32, max_output_bytes=20_000)


@dataclass
class CppRun:
    """Outputs of the cases that ran (in order) and a one-line `error` if compiling or a case failed."""

    outputs: list[str] = field(default_factory=list)
    error: str | None = None
    compile_s: float = 0.0
    run_s: list[float] = field(default_factory=list)


def first_error_line(stderr: str) -> str:
    """The first line g++ marks as an error (else the first non-empty line), trimmed for a metrics dict."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    chosen = next((line for line in lines if "error" in line), lines[0] if lines else "no diagnostics")
    return chosen[:300]


def compile_and_run(
    source_path: str | Path,
    task_dir: str | Path,
    inputs: Sequence[str],
    run_timeout_s: float = 2.0,
    run_mem_mb: int = 1024,
) -> CppRun:
    """Compile `source_path` and feed each input on stdin; stop at the first compile or run failure.

    The compile timeout is the task's `timeout_s` (task.yaml), else COMPILE_LIMITS'.
    """
    result = CppRun()
    compile_limits = replace(COMPILE_LIMITS, timeout_s=load_spec(Path(task_dir)).timeout_s or COMPILE_LIMITS.timeout_s)
    run_limits = SandboxLimits(timeout_s=run_timeout_s, mem_mb=run_mem_mb, max_procs=8)
    with scratch_dir() as scratch:
        shutil.copyfile(source_path, scratch / "main.cpp")
        built = run_command(COMPILE_ARGV, cwd=scratch, limits=compile_limits)
        result.compile_s = built.wall_s
        if built.error:
            detail = "timed out" if built.timed_out else first_error_line(built.stderr)
            result.error = f"compile error: {detail}"
            return result
        for index, text in enumerate(inputs):
            ran = run_command(["./main"], cwd=scratch, limits=run_limits, stdin_text=text)
            result.run_s.append(ran.wall_s)
            if ran.error:
                result.error = f"case {index}: {ran.error}"
                return result
            if ran.output_capped:
                result.error = f"case {index}: output exceeds {run_limits.max_output_bytes} bytes"
                return result
            result.outputs.append(ran.stdout)
    return result
