"""Job-shop scheduling test cases, each with a baseline and a strong reference makespan.

Taillard-style instances: J jobs, M machines, every job visits every machine once in a random order,
durations uniform in 1..99. Per case:
- `baseline`: the Giffler-Thompson active schedule with the shortest-processing-time rule (among the
  operations competing for the machine that can finish first, the shortest goes first; ties by job);
- `reference`: the best Giffler-Thompson schedule over several priority rules and randomised rule
  choices, improved by tabu search in the N5 neighbourhood (swap the first two or the last two operations
  of a block of the critical path; such a swap never creates a cycle) for a fixed number of evaluations
  scaled to the instance size, keeping the best schedule seen.
The reference schedule is checked with the same feasibility rules as the judge. A draw whose reference
does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import random
from itertools import pairwise
from pathlib import Path

SHAPES = ((6, 6), (10, 5), (10, 10), (15, 5), (15, 10), (15, 15), (20, 5), (20, 10), (20, 15), (20, 20),
          (30, 10), (50, 10))
RANDOM_RULE_RUNS = 30
SEARCH_WORK = 200_000  # tabu-search evaluations x operations, per case
TENURE = 8


def draw_instance(rng: random.Random, jobs: int, machines: int) -> list[list[list[int]]]:
    """route[j] = [[machine, duration], ...] in the job's processing order."""
    route = []
    for _ in range(jobs):
        order = list(range(machines))
        rng.shuffle(order)
        route.append([[m, rng.randint(1, 99)] for m in order])
    return route


def giffler_thompson(route: list[list[list[int]]], machines: int, priority) -> list[list[int]]:
    """Machine sequences (lists of (job, step) ids j * M + k) of the active schedule built with `priority`
    (a key over (job, step); the smallest goes first among the conflicting operations)."""
    jobs = len(route)
    step = [0] * jobs
    job_ready, machine_ready = [0] * jobs, [0] * machines
    sequences: list[list[int]] = [[] for _ in range(machines)]
    for _ in range(jobs * machines):
        finish, machine = None, -1
        for j in range(jobs):
            if step[j] < machines:
                m, d = route[j][step[j]]
                end = max(job_ready[j], machine_ready[m]) + d
                if finish is None or end < finish:
                    finish, machine = end, m
        conflict = [j for j in range(jobs) if step[j] < machines and route[j][step[j]][0] == machine
                    and max(job_ready[j], machine_ready[machine]) < finish]
        j = min(conflict, key=lambda x: priority(x, step[x]))
        start = max(job_ready[j], machine_ready[machine])
        job_ready[j] = machine_ready[machine] = start + route[j][step[j]][1]
        sequences[machine].append(j * machines + step[j])
        step[j] += 1
    return sequences


def schedule(route: list[list[list[int]]], machines: int, sequences: list[list[int]]):
    """Semi-active schedule of machine sequences: (start times by op id, makespan, critical path) or None
    if the sequences contain a cycle."""
    n = len(route) * machines
    duration = [route[op // machines][op % machines][1] for op in range(n)]
    machine_next, indegree = [-1] * n, [0] * n
    for seq in sequences:
        for a, b in pairwise(seq):
            machine_next[a] = b
            indegree[b] += 1
    for op in range(n):
        if op % machines:
            indegree[op] += 1
    start, came_from = [0] * n, [-1] * n
    ready = [op for op in range(n) if indegree[op] == 0]
    done = 0
    while ready:
        op = ready.pop()
        done += 1
        end = start[op] + duration[op]
        for succ in ((op + 1) if (op + 1) % machines else -1, machine_next[op]):
            if succ < 0:
                continue
            if end > start[succ]:  # durations are >= 1, so every successor gets a came_from
                start[succ], came_from[succ] = end, op
            indegree[succ] -= 1
            if indegree[succ] == 0:
                ready.append(succ)
    if done < n:
        return None
    last = max(range(n), key=lambda op: start[op] + duration[op])
    makespan = start[last] + duration[last]
    path = [last]
    while came_from[path[-1]] >= 0:
        path.append(came_from[path[-1]])
    return start, makespan, path[::-1]


def n5_moves(path: list[int], machine_of: list[int]) -> list[tuple[int, int]]:
    """Adjacent pairs (a, b) on the critical path to swap: the first two and last two ops of each block."""
    blocks, current = [], [path[0]]
    for op in path[1:]:
        if machine_of[op] == machine_of[current[-1]]:
            current.append(op)
        else:
            blocks.append(current)
            current = [op]
    blocks.append(current)
    moves = []
    for index, block in enumerate(blocks):
        if len(block) < 2:
            continue
        if index > 0:
            moves.append((block[0], block[1]))
        if index < len(blocks) - 1 and (len(block) > 2 or index == 0):
            moves.append((block[-2], block[-1]))
    return list(dict.fromkeys(moves))


def swapped(sequences: list[list[int]], machine: int, a: int, b: int) -> list[list[int]]:
    out = list(sequences)
    seq = list(out[machine])
    i = seq.index(a)
    seq[i], seq[i + 1] = b, a
    out[machine] = seq
    return out


def tabu_search(route, machines: int, sequences, evaluations: int):
    machine_of = [route[op // machines][op % machines][0] for op in range(len(route) * machines)]
    current = sequences
    _, span, path = schedule(route, machines, current)
    best, best_span = current, span
    tabu: dict[tuple[int, int], int] = {}
    iteration = 0
    while evaluations > 0:
        iteration += 1
        allowed, forbidden = None, None  # best non-tabu (or record-breaking) move, best tabu move
        for a, b in n5_moves(path, machine_of):
            if evaluations <= 0:
                break
            evaluations -= 1
            trial = swapped(current, machine_of[a], a, b)
            result = schedule(route, machines, trial)
            if result is None:
                continue
            move = (result[1], trial, result, (a, b))
            if tabu.get((b, a), 0) < iteration or result[1] < best_span:
                if allowed is None or result[1] < allowed[0]:
                    allowed = move
            elif forbidden is None or result[1] < forbidden[0]:
                forbidden = move
        chosen = allowed or forbidden
        if chosen is None:  # no block of two on the critical path: the schedule is optimal
            break
        _, current, (_, span, path), (a, b) = chosen
        tabu[(a, b)] = iteration + TENURE
        if span < best_span:
            best, best_span = current, span
    return best, best_span


def check(route: list[list[list[int]]], machines: int, start: list[int]) -> int:
    """Makespan of start times by op id under the judge's rules; ValueError if infeasible."""
    busy: list[list[tuple[int, int]]] = [[] for _ in range(machines)]
    for j, ops in enumerate(route):
        for k, (m, d) in enumerate(ops):
            s = start[j * machines + k]
            if k and s < start[j * machines + k - 1] + ops[k - 1][1]:
                raise ValueError("job order violated")
            busy[m].append((s, s + d))
    for intervals in busy:
        intervals.sort()
        if any(b[0] < a[1] for a, b in pairwise(intervals)):
            raise ValueError("machine overlap")
    return max(end for intervals in busy for _, end in intervals)


def make_case(rng: random.Random, jobs: int, machines: int) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    route = draw_instance(rng, jobs, machines)
    work_left = [[sum(d for _, d in ops[k:]) for k in range(machines)] for ops in route]
    rules = {
        "spt": lambda j, k: (route[j][k][1], j),
        "mwkr": lambda j, k: (-work_left[j][k], j),
        "lpt": lambda j, k: (-route[j][k][1], j),
        "mopnr": lambda j, k: (k - machines, -work_left[j][k], j),
    }
    candidates = [giffler_thompson(route, machines, rule) for rule in rules.values()]
    baseline = schedule(route, machines, candidates[0])[1]
    for _ in range(RANDOM_RULE_RUNS):
        weights = [search_rng.random() for _ in range(jobs)]
        candidates.append(giffler_thompson(
            route, machines, lambda j, k, w=weights: (-(work_left[j][k] * (0.5 + w[j])), j)))
    start = min(candidates, key=lambda seqs: schedule(route, machines, seqs)[1])
    best, best_span = tabu_search(route, machines, start, max(1, SEARCH_WORK // (jobs * machines)))
    starts, span, _ = schedule(route, machines, best)
    if check(route, machines, starts) != span or span != best_span:
        raise RuntimeError("reference schedule does not check")
    if best_span >= baseline:
        return None
    return {"jobs": jobs, "machines": machines, "route": route, "baseline": baseline, "reference": best_span}


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for shape in SHAPES:
        case = None
        while case is None:
            case = make_case(rng, *shape)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed)), encoding="utf-8")
