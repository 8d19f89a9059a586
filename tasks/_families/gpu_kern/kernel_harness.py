"""Trusted child process of the gpu_kern judge: check and time one candidate kernel, write the result as JSON.

`python kernel_harness.py PROBLEM SPEC_JSON CFG_JSON OUT_JSON`, run by evaluator.py inside `eft.sandbox` with
this file and kernel_problems.py copied next to it, so a crashing or never-ending kernel takes down only this
process. No candidate Python runs here: the spec (source text + launch numbers) came from a separate
sandboxed call of the candidate's kernel_spec().
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from eft.errors import one_line


def main(argv: list[str]) -> int:
    problem_name, spec_path, cfg_path, out_path = argv
    try:
        import kernel_problems

        from eft.kernels.sampling import TimingConfig
        from eft.kernels.timing import device_name

        problem = kernel_problems.PROBLEMS[problem_name]
        spec = problem.check_spec(json.loads(Path(spec_path).read_text(encoding="utf-8")))
        cfg = TimingConfig.from_dict(json.loads(Path(cfg_path).read_text(encoding="utf-8")))
        result = {"ok": True, "device": device_name(), **kernel_problems.run(problem_name, spec, cfg)}
    except Exception as exc:  # noqa: BLE001 - compile errors, CUDA faults, wrong results: all one line
        result = {"ok": False, "error": one_line(exc)}
    Path(out_path).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
