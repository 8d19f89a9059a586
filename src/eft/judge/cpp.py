"""Compile a C++ candidate once and run it on several stdin inputs, all inside `eft.sandbox`.

Shared by the C++ task evaluators (heuristic and competitive programming) so both judge the same way:
g++ -O2 in a scratch dir of its own, then one process per test case (as AtCoder and Frontier-CS judges
do), stop at the first failing case. Every case starts fresh, as contest judges run them: its own scratch
dir holding only a copy of the binary, so nothing one case writes (a file, a cache, a changed binary) can
reach a later case. Scoring the outputs is the evaluator's job; this module only returns them. The task's
limits give the compile time (`compile_s`), the time per case (`case_s`) and the memory per case (`mem_mb`).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field

from eft.judge.task import Task
from eft.sandbox import SandboxLimits, run_command, scratch_dir

COMPILE_ARGV = ["g++", "-O2", "-std=c++17", "-o", "main", "main.cpp"]
# g++ itself, not the candidate: its memory, processes and diagnostics are fixed by the judge, not the task
COMPILE_MEM_MB, COMPILE_MAX_PROCS, COMPILE_MAX_OUTPUT_BYTES = 4096, 32, 20_000
CASE_MAX_PROCS = 8


@dataclass
class CppRun:
    """Outputs of the cases that ran (in order) and a one-line `error` if compiling or a case failed.

    With `every_case=True` a failing case does not stop the run: its output is "" and its one-line reason
    is in `case_errors` (None for the cases that ran well); `error` is then only a compile error.
    """

    outputs: list[str] = field(default_factory=list)
    error: str | None = None
    compile_s: float = 0.0
    run_s: list[float] = field(default_factory=list)
    case_errors: list[str | None] = field(default_factory=list)


def first_error_line(stderr: str) -> str:
    """The first line g++ marks as an error (else the first non-empty line), trimmed for a metrics dict."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    chosen = next((line for line in lines if "error" in line), lines[0] if lines else "no diagnostics")
    return chosen[:300]


def compile_and_run(task: Task, source_path: str | os.PathLike, inputs: Sequence[str],
                    every_case: bool = False) -> CppRun:
    """Compile `source_path` and feed each input on stdin; stop at the first compile or run failure, or,
    with `every_case` (judges that score per case, e.g. Frontier-CS), run every case whatever happens."""
    result = CppRun()
    compile_limits = SandboxLimits(timeout_s=float(task.limits.compile_s), mem_mb=COMPILE_MEM_MB,
                                   max_procs=COMPILE_MAX_PROCS, max_output_bytes=COMPILE_MAX_OUTPUT_BYTES)
    run_limits = SandboxLimits(timeout_s=float(task.limits.case_s), mem_mb=int(task.limits.mem_mb),
                               max_procs=CASE_MAX_PROCS)
    with scratch_dir() as build:
        shutil.copyfile(source_path, build / "main.cpp")
        built = run_command(COMPILE_ARGV, cwd=build, limits=compile_limits)
        result.compile_s = built.wall_s
        if built.error:
            detail = "timed out" if built.timed_out else first_error_line(built.stderr)
            result.error = f"compile error: {detail}"
            return result
        if not (build / "main").is_file() or (build / "main").is_symlink():
            result.error = "compile error: g++ wrote no executable"
            return result
        for index, text in enumerate(inputs):
            with scratch_dir() as scratch:
                shutil.copy(build / "main", scratch / "main")  # a copy: a case may not change the next one's
                ran = run_command(["./main"], cwd=scratch, limits=run_limits, stdin_text=text)
            result.run_s.append(ran.wall_s)
            problem = ran.error or (f"output exceeds {run_limits.max_output_bytes} bytes" if ran.output_capped
                                    else None)
            if problem and not every_case:
                result.error = f"case {index}: {problem}"
                return result
            result.outputs.append("" if problem else ran.stdout)
            result.case_errors.append(problem)
    return result
