"""Resource-constrained project scheduling (RCPSP, min makespan) test cases, each with a baseline and a
strong reference makespan.

A project is n activities with durations d_j (1..10), a precedence DAG (activity j may start only after
each predecessor has finished) and R = 4 renewable resources: activity j uses r_jk units of resource k
while it runs, and at no time may the running activities use more than the capacity K_k. Instances are
built after PSPLIB's generator (Kolisch, Sprecher and Drexl): activities are numbered in a topological
order, each gets up to `arcs` predecessors among the previous n/4 activities, each activity requests a
resource with probability `rf` (the resource factor) an amount in 1..10, and K_k = K_min + round(RS (K_max -
K_min)) with K_min the largest single request and K_max the peak use of the earliest-start schedule; the
resource strength RS (`rs`) sets how scarce the resources are. A draw whose earliest-start schedule already
respects the capacities is redrawn (the resources would not matter). Per case:
- `baseline`: the serial schedule generation scheme on the activity numbering (each activity in turn at the
  earliest time its predecessors and the resources allow);
- `reference`: the serial scheme with each of the priority rules latest finish time, latest start time,
  most total successors and greatest rank positional weight, and with SAMPLE_WORK // n randomly perturbed
  latest finish times (biased random sampling), each schedule followed by FBI_ROUNDS rounds of
  forward-backward improvement (right-justify by a backward pass in order of decreasing finish, then
  left-justify by a forward pass in order of increasing start), the shortest schedule found. The sampling's
  random numbers come from a generator seeded with the project, so the case is reproducible from itself.
A draw on which the latest-finish-time rule already meets the lower bound (the longest path, or a
resource's total work over its capacity: that textbook rule is then optimal and no answer could score
past it), or whose reference does not beat its baseline, is replaced by the next draw.
"""
from __future__ import annotations

import heapq
import json
import random
from pathlib import Path

import numpy as np

DEFAULT_CASES = 8
MAX_DRAWS = 200
RESOURCES = 4
FBI_ROUNDS = 3
SAMPLE_WORK = 1800
NOISE = 1.0


def draw_project(rng: random.Random, n: int, arcs: int, rf: float, rs: float) -> dict:
    durations = [rng.randint(1, 10) for _ in range(n)]
    window = max(2, n // 4)
    successors: list[list[int]] = [[] for _ in range(n)]
    for j in range(1, n):
        chosen = rng.sample(range(max(0, j - window), j), min(j, rng.randint(1, arcs)))
        for i in sorted(chosen):
            successors[i].append(j)
    demands = [[rng.randint(1, 10) if rng.random() < rf else 0 for _ in range(RESOURCES)] for _ in range(n)]
    starts = earliest_starts(durations, successors)
    horizon = max(s + d for s, d in zip(starts, durations))
    use = np.zeros((horizon, RESOURCES), dtype=np.int64)
    for s, d, r in zip(starts, durations, demands):
        use[s:s + d] += np.array(r, dtype=np.int64)
    capacities = []
    for k in range(RESOURCES):
        low, high = max(1, max(r[k] for r in demands)), int(use[:, k].max())
        capacities.append(low + round(rs * (high - low)))
    return {"n": n, "durations": durations, "demands": demands, "successors": successors,
            "capacities": capacities, "es_peak": use.max(axis=0).tolist()}


def earliest_starts(durations: list[int], successors: list[list[int]]) -> list[int]:
    starts = [0] * len(durations)
    for i in range(len(durations)):  # activities are numbered topologically
        for j in successors[i]:
            starts[j] = max(starts[j], starts[i] + durations[i])
    return starts


def serial_sgs(project: dict, key: list, backward: bool = False) -> list[int]:
    """Start times of the serial scheme: the eligible activity of smallest (key, index) goes in next.

    `backward` schedules the reversed network (successors first) and maps the result back to forward time.
    Only the part of the resource profile up to the latest finish so far is searched: past it every
    resource is free.
    """
    n, d = project["n"], project["durations"]
    succ = project["successors"]
    pred: list[list[int]] = [[] for _ in range(n)]
    for i in range(n):
        for j in succ[i]:
            pred[j].append(i)
    before, after = (succ, pred) if backward else (pred, succ)
    demand = np.array(project["demands"], dtype=np.int64)
    room = np.tile(np.array(project["capacities"], dtype=np.int64), (sum(d) + 1, 1))
    start = [-1] * n
    waiting = [len(before[j]) for j in range(n)]
    eligible = [(key[j], j) for j in range(n) if waiting[j] == 0]
    heapq.heapify(eligible)
    end = 0
    while eligible:
        _, j = heapq.heappop(eligible)
        earliest = max((start[i] + d[i] for i in before[j]), default=0)
        t = earliest
        if earliest < end:
            fits = (room[earliest:end + d[j]] >= demand[j]).all(axis=1)
            blocked = np.concatenate([[0], np.cumsum(~fits)])
            window = blocked[d[j]:] - blocked[:len(blocked) - d[j]]
            t = earliest + int(np.argmax(window == 0))
        start[j] = t
        room[t:t + d[j]] -= demand[j]
        end = max(end, t + d[j])
        for a in after[j]:
            waiting[a] -= 1
            if waiting[a] == 0:
                heapq.heappush(eligible, (key[a], a))
    if backward:
        return [end - s - dur for s, dur in zip(start, d)]
    return start


def makespan(project: dict, start: list[int]) -> int:
    return max(s + d for s, d in zip(start, project["durations"]))


def priority_keys(project: dict) -> list[list]:
    n, d, succ = project["n"], project["durations"], project["successors"]
    es = earliest_starts(d, succ)
    span = max(s + dur for s, dur in zip(es, d))
    lf = [span] * n
    for i in range(n - 1, -1, -1):
        for j in succ[i]:
            lf[i] = min(lf[i], lf[j] - d[j])
    reach: list[set[int]] = [set() for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in succ[i]:
            reach[i] |= reach[j] | {j}
    rpw = [-(d[i] + sum(d[j] for j in reach[i])) for i in range(n)]
    return [lf, [lf[i] - d[i] for i in range(n)], [-len(reach[i]) for i in range(n)], rpw]


def improve(project: dict, start: list[int]) -> list[int]:
    best = start
    for _ in range(FBI_ROUNDS):
        finish = [s + dur for s, dur in zip(best, project["durations"])]
        right = serial_sgs(project, [-f for f in finish], backward=True)
        left = serial_sgs(project, right)
        if makespan(project, left) >= makespan(project, best):
            break
        best = left
    return best


def critical_path_bound(project: dict) -> int:
    """A lower bound on every makespan: the longest path, and each resource's total work over its capacity."""
    d = project["durations"]
    bound = makespan(project, earliest_starts(d, project["successors"]))
    for k, capacity in enumerate(project["capacities"]):
        bound = max(bound, -(-sum(dur * r[k] for dur, r in zip(d, project["demands"])) // capacity))
    return bound


def reference_schedule(project: dict) -> list[int]:
    """The shortest of: each priority rule's serial schedule, and SAMPLE_WORK // n schedules of randomly
    perturbed latest-finish priorities (each latest finish time plus a uniform 0..NOISE times the mean
    duration), every one improved by `improve`; stops early at `critical_path_bound`."""
    n = project["n"]
    rng = random.Random(json.dumps([project["durations"], project["demands"], project["successors"]]))
    keys = priority_keys(project)
    bound = critical_path_bound(project)
    best = min((improve(project, serial_sgs(project, key)) for key in keys), key=lambda s: makespan(project, s))
    spread = NOISE * sum(project["durations"]) / n
    for _ in range(SAMPLE_WORK // n):
        if makespan(project, best) <= bound:
            break
        key = [lf + rng.uniform(0, spread) for lf in keys[0]]
        found = improve(project, serial_sgs(project, key))
        if makespan(project, found) < makespan(project, best):
            best = found
    return best


def make_case(rng: random.Random, params: dict) -> dict | None:
    project = draw_project(rng, int(params["n"]), int(params["arcs"]), float(params["rf"]), float(params["rs"]))
    if all(peak <= cap for peak, cap in zip(project.pop("es_peak"), project["capacities"])):
        return None
    baseline = makespan(project, serial_sgs(project, list(range(project["n"]))))
    if makespan(project, serial_sgs(project, priority_keys(project)[0])) <= critical_path_bound(project):
        return None  # the latest-finish-time rule alone is provably optimal: no answer could score past it
    reference = makespan(project, reference_schedule(project))
    if reference >= baseline:
        return None
    return {**project, "baseline": baseline, "reference": reference}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params.get("cases", DEFAULT_CASES))):
        for _ in range(MAX_DRAWS):
            case = make_case(rng, params)
            if case is not None:
                break
        else:
            raise RuntimeError(f"no case with reference < baseline in {MAX_DRAWS} draws: {params}")
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
