"""Compile a C++ candidate once and run it on several stdin inputs, all inside `eft.sandbox`.

Shared by the C++ task evaluators (heuristic and competitive programming) so both judge the same way:
g++ -O2 in a scratch dir, one process per test case (as AtCoder and Frontier-CS judges do), stop at the
first failing case. Scoring the outputs is the evaluator's job; this module only returns them. The task's
limits give the compile time (`compile_s`), the time per case (`case_s`) and the memory per case (`mem_mb`).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from typing import Sequence

from eft.judge.task import Task
from eft.sandbox import SandboxLimits, run_command, scratch_dir

COMPILE_ARGV = ["g++", "-O2", "-std=c++17", "-o", "main", "main.cpp"]
# g++ itself, not the candidate: its memory, processes and diagnostics are fixed by the judge, not the task
COMPILE_MEM_MB, COMPILE_MAX_PROCS, COMPILE_MAX_OUTPUT_BYTES = 4096, 32, 20_000
CASE_MAX_PROCS = 8


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


def compile_and_run(task: Task, source_path: str | os.PathLike, inputs: Sequence[str]) -> CppRun:
    """Compile `source_path` and feed each input on stdin; stop at the first compile or run failure."""
    result = CppRun()
    compile_limits = SandboxLimits(timeout_s=float(task.limits.compile_s), mem_mb=COMPILE_MEM_MB,
                                   max_procs=COMPILE_MAX_PROCS, max_output_bytes=COMPILE_MAX_OUTPUT_BYTES)
    run_limits = SandboxLimits(timeout_s=float(task.limits.case_s), mem_mb=int(task.limits.mem_mb),
                               max_procs=CASE_MAX_PROCS)
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
