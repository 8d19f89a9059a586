"""PRISM judge: place LLMs on 80 GB GPUs so that the worst GPU's KV-cache pressure is small.

Setup. `task.data_dir/cases.json` holds generated cases (data.py): a number of GPUs g and models, each with
a size in GB and a request rate. The candidate's `place(models, num_gpus)` returns, for each model in
input order, the GPU it runs on: a list of len(models) ints in 0..num_gpus-1.

Score. On a GPU holding models M, the KV cache gets the memory the weights leave free, and its pressure is
KVPR = sum of rate over M / (80 - sum of size over M) (0 for an empty GPU). A placement is valid only if
every GPU keeps room for its KV cache: sum of size < 80 strictly (>= 80 is infeasible, as is any model
unplaced, placed twice or on a GPU that does not exist). A case's value is the max KVPR over its GPUs;
`mean_pressure` is its mean over the cases. `success_rate` is the fraction of cases with a valid
placement, and combined_score = 1 / mean_pressure + success_rate, the paper's definition (higher is
better). Where the paper is silent we choose: one invalid case makes the whole evaluation invalid
(combined_score 0 with the reason) instead of only lowering success_rate, because otherwise a program could
drop its hardest cases and raise 1 / mean_pressure by more than it loses (at most 1) in success_rate. So a
valid result always has success_rate = 1 and combined_score = 1 / mean_pressure + 1. Every generated case is
feasible (data.py), and mean_pressure is bounded below by the total rate over the total free memory of each
case, so the score cannot blow up.

Each case is placed twice in one sandboxed run (all cases, then all again); the two placements must agree.
Invalid (combined_score 0, one-line error): a failure or timeout, a result that is not a list of
len(models) ints (floats, bools, None, strings), a GPU id out of range, a GPU whose models need >= 80 GB,
or two calls that disagree.
"""
from __future__ import annotations

import json
from typing import Any

from eft.judge import CandidateError, Task, guarded
from eft.sandbox import run_python

GPU_MEM_GB = 80


def max_pressure(case: dict, value: Any, name: str) -> float:
    """The case's max KV-cache pressure under the placement `value`; CandidateError if it is invalid."""
    models, gpus = case["models"], case["num_gpus"]
    if not isinstance(value, list) or len(value) != len(models):
        got = f"a list of {len(value)}" if isinstance(value, list) else type(value).__name__
        raise CandidateError(f"{name}: place() must return a list of {len(models)} GPU ids, got {got}")
    if not all(type(g) is int for g in value):
        raise CandidateError(f"{name}: GPU ids must be ints")
    if not all(0 <= g < gpus for g in value):
        raise CandidateError(f"{name}: GPU ids must be in 0..{gpus - 1}")
    size = [0] * gpus
    rate = [0.0] * gpus
    for model, g in zip(models, value):
        size[g] += model["size"]
        rate[g] += model["rate"]
    worst = 0.0
    for g in range(gpus):
        if size[g] >= GPU_MEM_GB:
            raise CandidateError(f"{name}: GPU {g} holds {size[g]} GB of models, no room left for the KV cache "
                                 f"(must be < {GPU_MEM_GB})")
        worst = max(worst, rate[g] / (GPU_MEM_GB - size[g]))
    return worst


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    cases = json.loads((task.data_dir / "cases.json").read_text(encoding="utf-8"))
    calls = [{"models": case["models"], "num_gpus": case["num_gpus"]} for case in cases]
    res = run_python(program_path, "place", calls * 2, limits=task.limits.call())
    if not res.ok:
        raise CandidateError(res.error)
    first, again = res.values[:len(cases)], res.values[len(cases):]
    pressures = []
    for index, (case, placement) in enumerate(zip(cases, first)):
        pressures.append(max_pressure(case, placement, f"case {index}"))
        if again[index] != placement:
            raise CandidateError(f"case {index}: nondeterministic output: two calls of place() differ")
    mean_pressure = sum(pressures) / len(pressures)
    success_rate = len(pressures) / len(cases)
    return {"combined_score": 1.0 / mean_pressure + success_rate, "mean_pressure": mean_pressure,
            "success_rate": success_rate}
