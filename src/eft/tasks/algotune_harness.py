"""Trusted child-side timing harness for AlgoTune-style tasks (run by path inside `eft.sandbox`).

Loads each problem instance from its .npy files, calls the solver's `solve(problem)` once per instance and
times that call alone with a clock captured before the solver is imported. The candidate solver and the
trusted reference solver both run through this harness, so both pay the same overheads. Every instance is
a distinct problem, so memoizing results cannot shorten a timed call. BLAS is pinned to one thread (set
before numpy loads) so timings do not depend on how busy the machine's other cores are. Timing happens in
the candidate's own process: this guards against accidental interference, not a deliberately adversarial
program (which could patch the harness module itself).
"""
import importlib.util
import os
import time

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402 - after the thread settings on purpose

_clock = time.perf_counter


def solve_all(program_path, instances):
    """instances: groups of {key: .npy path}; returns per-group lists of outputs and call seconds."""
    spec = importlib.util.spec_from_file_location("algotune_solver", program_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    solve = getattr(module, "solve", None)
    if not callable(solve):
        raise AttributeError("program defines no function solve()")
    outputs, seconds = [], []
    for group in instances:
        group_outputs, group_seconds = [], []
        for files in group:
            problem = {key: np.load(path) for key, path in files.items()}
            start = _clock()
            result = solve(problem)
            group_seconds.append(_clock() - start)
            group_outputs.append(result)
        outputs.append(group_outputs)
        seconds.append(group_seconds)
    return {"outputs": outputs, "seconds": seconds}
