"""Trusted child process: check and time one candidate kernel, write the result as JSON.

`python -m eft.kernels.harness PROBLEM SPEC_JSON CFG_JSON OUT_JSON`. It runs inside `eft.sandbox`
(own process group, timeout), so a crashing or never-ending kernel takes down only this process.
No candidate Python runs here: the spec (source text + launch numbers) was produced by the candidate in
a separate sandboxed call.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from eft.errors import one_line
from eft.kernels import problems
from eft.kernels.sampling import TimingConfig
from eft.kernels.timing import device_name


def main(argv: list[str]) -> int:
    problem_name, spec_path, cfg_path, out_path = argv
    try:
        problem = problems.load(problem_name)
        spec = problem.check_spec(json.loads(Path(spec_path).read_text(encoding="utf-8")))
        cfg = TimingConfig.from_dict(json.loads(Path(cfg_path).read_text(encoding="utf-8")))
        result = {"ok": True, "device": device_name(), **problem.run(spec, cfg)}
    except Exception as exc:  # noqa: BLE001 - compile errors, CUDA faults, wrong results: all one line
        result = {"ok": False, "error": one_line(exc)}
    Path(out_path).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
