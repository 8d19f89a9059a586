"""Connected random graphs of the kinds the graph families' generators draw (random, geometric, grid,
scale-free): one home, so every graph family's instances come from the same, fixable code."""
from __future__ import annotations

import math
import random


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
