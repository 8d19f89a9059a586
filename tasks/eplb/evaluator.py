"""EPLB judge: replicate and place the logical experts of an MoE model on GPUs; score balance and speed.

Setup. `task.data_dir/trace.npy` holds token counts loads[w, l, e] for windows w = 0..W-1, MoE layers l and
logical experts e (data.py). Each layer has NUM_GPUS x SLOTS_PER_GPU physical expert slots; slot s lives on
GPU s // SLOTS_PER_GPU. The candidate's `rebalance(loads, num_gpus, slots_per_gpu)` gets one window's loads
(an int64 numpy array, layers x experts) and returns, per layer, the logical expert held by every slot: an
integer array/list of shape (layers, num_gpus * slots_per_gpu). Every expert must hold at least one slot
of every layer; an expert with c slots has c replicas (so the plan is a replication and a placement).

Balancedness. As in deployment (and in the public EPLB evaluator the paper's numbers come from), the plan
made from window w is judged on the loads of window w + 1, for w = 0..W-2. An expert's load is split
evenly over its replicas; a GPU's load in a layer is the sum over its slots. Per window,
balancedness_w = sum over layers of mean-over-GPUs load / sum over layers of max-over-GPUs load: the step
time of a forward pass is the sum over layers of the busiest GPU's work, so this is ideal time over actual
time (load-weighted across layers). `balancedness` is the mean over the W - 1 windows, in (0, 1].

Planning time. Every call is timed by the parent (eft.sandbox.run_python: from sending the loads to
receiving the complete plan), so a program cannot fake its time. The W - 1 planning calls are made in
ROUNDS fresh sandboxed processes (each process first makes one untimed, checked warm-up call on
`warmup.npy`, an independent draw, so one-off costs such as first-touch memory fall outside the timing;
each timed window is sent once per process, so memoizing cannot help); a window's time is its minimum over
the rounds, the estimator least moved by other load on the machine. `planning_s` = the mean over windows
of those minima, floored at MIN_SECONDS (1 ms, about the transfer cost of the plan itself), so the speed
term stays bounded. Every round's plans must be identical (a nondeterministic planner is invalid).

Score: combined_score = (balancedness + 0.002 / planning_s) / 2, the paper's definition (higher is better).
Because it involves timing, repeated evaluations differ a little (task.yaml `reference.spread`).

Invalid (combined_score 0, one-line error): a failure or timeout, a plan of the wrong shape or type (not a
list of lists of ints: floats, bools, NaN, strings), an expert id outside 0..E-1, a layer where some
expert holds no slot, or plans that differ between rounds.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from eft.judge import CandidateError, Task, guarded
from eft.sandbox import run_python

NUM_GPUS = 32
SLOTS_PER_GPU = 9  # 288 physical slots per layer for 256 logical experts: 32 redundant replicas
ROUNDS = 3  # fresh-process runs; a window's planning time is its best over these
MIN_SECONDS = 1e-3  # floor of planning_s: the speed term 0.002 / planning_s is at most 2
SPEED = 0.002  # the paper's speed constant: 0.002 / (mean planning time in s)


def check_plan(value: Any, layers: int, experts: int, name: str) -> np.ndarray:
    """The plan as an int array (layers x slots); CandidateError unless every entry is an int expert id and
    every expert of every layer holds at least one slot."""
    slots = NUM_GPUS * SLOTS_PER_GPU
    if not isinstance(value, list) or len(value) != layers:
        got = f"a list of {len(value)}" if isinstance(value, list) else type(value).__name__
        raise CandidateError(f"{name}: rebalance() must return {layers} layers of {slots} slots, got {got}")
    for layer, row in enumerate(value):
        if not isinstance(row, list) or len(row) != slots:
            got = f"{len(row)} entries" if isinstance(row, list) else type(row).__name__
            raise CandidateError(f"{name}: layer {layer} must list {slots} slots, got {got}")
        if not all(type(x) is int for x in row):
            raise CandidateError(f"{name}: layer {layer}: slot entries must be ints (logical expert ids)")
        if not all(0 <= x < experts for x in row):
            raise CandidateError(f"{name}: layer {layer}: expert ids must be in 0..{experts - 1}")
    plan = np.array(value, dtype=np.int64)
    for layer in range(layers):
        missing = np.flatnonzero(np.bincount(plan[layer], minlength=experts) == 0)
        if missing.size:
            raise CandidateError(f"{name}: layer {layer}: expert {int(missing[0])} holds no slot")
    return plan


def balancedness(plan: np.ndarray, loads: np.ndarray) -> float:
    """Sum over layers of the mean GPU load over the sum of the max GPU load; load split evenly over replicas."""
    layers, experts = loads.shape
    counts = np.stack([np.bincount(plan[layer], minlength=experts) for layer in range(layers)])
    per_replica = loads / counts  # every expert has count >= 1 (check_plan)
    slot_load = np.take_along_axis(per_replica, plan, axis=1)
    gpu_load = slot_load.reshape(layers, NUM_GPUS, SLOTS_PER_GPU).sum(axis=2)
    return float(gpu_load.mean(axis=1).sum() / gpu_load.max(axis=1).sum())


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    trace = np.load(task.data_dir / "trace.npy", allow_pickle=False)
    warmup = np.load(task.data_dir / "warmup.npy", allow_pickle=False)
    windows, layers, experts = trace.shape
    config = {"num_gpus": NUM_GPUS, "slots_per_gpu": SLOTS_PER_GPU}
    calls = [{"loads": warmup, **config}] + [{"loads": trace[w], **config} for w in range(windows - 1)]
    best = [float("inf")] * (windows - 1)
    plans: list[np.ndarray] = []
    first: list | None = None
    for _ in range(ROUNDS):
        res = run_python(program_path, "rebalance", calls, limits=task.limits.call())
        if not res.ok:
            raise CandidateError(res.error)
        if first is None:
            first = res.values
            check_plan(first[0], layers, experts, "warm-up call")
            plans = [check_plan(plan, layers, experts, f"window {w}") for w, plan in enumerate(first[1:])]
        elif res.values != first:
            raise CandidateError("nondeterministic output: two runs of rebalance() returned different plans")
        best = [min(b, s) for b, s in zip(best, res.call_seconds[1:])]
    scores = [balancedness(plan, trace[w + 1].astype(float)) for w, plan in enumerate(plans)]
    balance = float(np.mean(scores))
    planning_s = max(float(np.mean(best)), MIN_SECONDS)
    return {"combined_score": (balance + SPEED / planning_s) / 2, "balancedness": balance,
            "planning_s": planning_s, "speed_score": SPEED / planning_s}
