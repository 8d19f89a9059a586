"""Minimum-weight dominating set test cases, each with a baseline and a strong reference weight.

A case is a connected graph of the member's kind (random, geometric, grid, scale-free; family cp_domset
params `kind`, `n`, `degree`) with vertex weights: `uniform` 1..100, or `degree` (1..20 times the degree
plus one, so hubs, which dominate most, cost most); the cases of a member grow from 0.6 n to n vertices. A
set D dominates the graph when every vertex is in D or adjacent to a vertex of D. Per case:
- `baseline`: greedy by weight / number of not yet dominated vertices in the closed neighbourhood (ties by
  label) until every vertex is dominated, the classic set-cover greedy;
- `reference`: the same greedy, then redundant vertices dropped (heaviest first), then iterated local
  search: a fixed number of rounds of dropping a few random members, greedy repair and pruning, keeping a
  round unless it weighs more.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import heapq
import json
import math
import random
from pathlib import Path

ILS_ROUNDS = 300
KICK = 3


def base_graph(rng: random.Random, kind: str, n: int, degree: float) -> list[tuple[int, int]]:
    """A connected simple graph on 0..n-1 of the given kind with about `degree` average degree; labels shuffled.

    random: a random spanning tree plus uniform edges; geometric: points in the unit square joined within the
    radius that gives the degree, components bridged by their closest pair; grid: a near-square lattice with
    random diagonals; scalefree: preferential attachment (Barabasi-Albert), hubs of high degree."""
    edges: set[tuple[int, int]] = set()

    def add(u: int, v: int) -> None:
        if u != v:
            edges.add((min(u, v), max(u, v)))

    target = max(n - 1, int(n * degree / 2))
    if kind == "random":
        for i in range(1, n):
            add(i, rng.randrange(i))
        while len(edges) < target:
            add(rng.randrange(n), rng.randrange(n))
    elif kind == "geometric":
        pts = [(rng.random(), rng.random()) for _ in range(n)]
        radius2 = degree / (math.pi * n)
        for i in range(n):
            for j in range(i + 1, n):
                if (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2 < radius2:
                    add(i, j)
        comp = list(range(n))

        def find(x: int) -> int:
            while comp[x] != x:
                comp[x] = comp[comp[x]]
                x = comp[x]
            return x

        for u, v in edges:
            comp[find(u)] = find(v)
        while True:
            inside = [v for v in range(n) if find(v) == find(0)]
            if len(inside) == n:
                break
            members = set(inside)
            u, v = min(((a, b) for a in inside for b in range(n) if b not in members),
                       key=lambda e: (pts[e[0]][0] - pts[e[1]][0]) ** 2 + (pts[e[0]][1] - pts[e[1]][1]) ** 2)
            add(u, v)
            comp[find(u)] = find(v)
    elif kind == "grid":
        cols = max(2, round(math.sqrt(n)))
        for v in range(n):
            if v % cols + 1 < cols and v + 1 < n:
                add(v, v + 1)
            if v + cols < n:
                add(v, v + cols)
        diagonal = max(0.0, (degree - 4) / 4)
        for v in range(n):
            if v % cols + 1 < cols and v + cols + 1 < n and rng.random() < diagonal:
                add(v, v + cols + 1)
            if v % cols > 0 and v + cols - 1 < n and rng.random() < diagonal:
                add(v, v + cols - 1)
    elif kind == "scalefree":
        attach = max(1, round(degree / 2))
        pool: list[int] = []
        for i in range(attach + 1):
            for j in range(i):
                add(i, j)
                pool += [i, j]
        for v in range(attach + 1, n):
            chosen: set[int] = set()
            while len(chosen) < min(attach, v):
                chosen.add(rng.choice(pool))
            for u in sorted(chosen):
                add(u, v)
                pool += [u, v]
    else:
        raise ValueError(f"unknown graph kind {kind!r}")
    perm = list(range(n))
    rng.shuffle(perm)
    return sorted((min(perm[u], perm[v]), max(perm[u], perm[v])) for u, v in edges)


class Dominating:
    """A vertex set with, per vertex, how many members lie in its closed neighbourhood."""

    def __init__(self, weight: list[int], closed: list[list[int]]):
        self.weight, self.closed = weight, closed
        self.members: set[int] = set()
        self.count = [0] * len(weight)

    def add(self, v: int) -> None:
        self.members.add(v)
        for x in self.closed[v]:
            self.count[x] += 1

    def remove(self, v: int) -> None:
        self.members.discard(v)
        for x in self.closed[v]:
            self.count[x] -= 1

    def total(self) -> int:
        return sum(self.weight[v] for v in self.members)

    def repair(self) -> None:
        """Greedy by weight per newly dominated vertex (lazy: a vertex's ratio only grows), ties by label."""
        def gain(v: int) -> int:
            return sum(1 for x in self.closed[v] if self.count[x] == 0)

        heap = [(self.weight[v] / g, v) for v in range(len(self.weight)) if v not in self.members and (g := gain(v))]
        heapq.heapify(heap)
        while heap:
            ratio, v = heapq.heappop(heap)
            g = gain(v)
            if g == 0:
                continue
            if self.weight[v] / g > ratio:
                heapq.heappush(heap, (self.weight[v] / g, v))
                continue
            self.add(v)

    def prune(self) -> None:
        """Drop members whose closed neighbourhood stays dominated without them, heaviest first."""
        for v in sorted(self.members, key=lambda x: (-self.weight[x], x)):
            if all(self.count[x] >= 2 for x in self.closed[v]):
                self.remove(v)


def make_case(rng: random.Random, kind: str, n: int, degree: float, weights: str) -> dict | None:
    search_rng = random.Random(rng.getrandbits(63))  # the instance does not depend on the search's draws
    edges = base_graph(rng, kind, n, degree)
    closed = [[v] for v in range(n)]
    for u, v in edges:
        closed[u].append(v)
        closed[v].append(u)
    if weights == "uniform":
        weight = [rng.randint(1, 100) for _ in range(n)]
    else:
        weight = [rng.randint(1, 20) * len(closed[v]) for v in range(n)]
    greedy = Dominating(weight, closed)
    greedy.repair()
    baseline = greedy.total()
    greedy.prune()
    best, best_weight = set(greedy.members), greedy.total()
    for _ in range(ILS_ROUNDS):
        for v in search_rng.sample(sorted(greedy.members), min(KICK, len(greedy.members))):
            greedy.remove(v)
        greedy.repair()
        greedy.prune()
        total = greedy.total()
        if total <= best_weight:
            best, best_weight = set(greedy.members), total
        else:
            for v in list(greedy.members - best):
                greedy.remove(v)
            for v in best - greedy.members:
                greedy.add(v)
    if best_weight >= baseline:
        return None
    return {"n": n, "weight": weight, "edges": [list(e) for e in edges], "baseline": baseline,
            "reference": best_weight}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count, top = int(params["cases"]), int(params["n"])
    cases = []
    for index in range(count):
        n = round(top * (0.6 + 0.4 * index / max(1, count - 1)))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), params["weights"])
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
