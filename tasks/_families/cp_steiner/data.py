"""Steiner tree in graphs test cases, each with a baseline and a strong reference weight.

A case is a connected graph of the member's kind (random, geometric, grid, scale-free; family cp_steiner
params `kind`, `n`, `degree`) with edge weights (Euclidean lengths * 1000 for geometric graphs, else
1..`wmax`) and `terminals` random terminal vertices; the cases of a member grow from 0.6 to 1 times the
member's n and terminal count. A set of edges is feasible when it connects every terminal. Per case:
- `baseline`: the shortest-path heuristic a first attempt writes: the union of the shortest paths from the
  first terminal (lowest label) to every other terminal;
- `reference`: Takahashi-Matsuyama (grow a tree from a terminal by the shortest path to the nearest
  terminal outside it) from every terminal, each followed by a minimum spanning tree of the vertices it
  touches with non-terminal leaves pruned; the lightest, then improved by Steiner-vertex elimination and
  insertion (drop or add one non-terminal vertex, keep the change when the pruned spanning tree gets
  lighter) to a local optimum.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree

from eft.judge.graphs import base_graph

MAX_ROOTS = 12


def weighted_graph(rng: random.Random, kind: str, n: int, degree: float, wmax: int) -> list[list[int]]:
    if kind != "geometric":
        return [[u, v, rng.randint(1, wmax)] for u, v in base_graph(rng, kind, n, degree)]
    # geometric: the points are re-drawn here, as weights need them; the same radius rule as base_graph
    pts = [(rng.random(), rng.random()) for _ in range(n)]
    order = sorted(range(n), key=lambda v: pts[v])
    radius = math.sqrt(degree / (math.pi * n))
    edges = {}
    for a in range(n):
        for b in range(a + 1, n):
            u, v = order[a], order[b]
            if pts[v][0] - pts[u][0] >= radius:
                break
            if math.dist(pts[u], pts[v]) < radius:
                edges[(min(u, v), max(u, v))] = 1 + round(1000 * math.dist(pts[u], pts[v]))
    for v in range(1, n):  # a path along the x-order keeps the graph connected (long edges where sparse)
        u = order[v - 1]
        x = order[v]
        edges.setdefault((min(u, x), max(u, x)), 1 + round(1000 * math.dist(pts[u], pts[x])))
    return [[u, v, w] for (u, v), w in sorted(edges.items())]


class Graph:
    def __init__(self, n: int, edges: list[list[int]]):
        self.n = n
        rows = [u for u, v, w in edges] + [v for u, v, w in edges]
        cols = [v for u, v, w in edges] + [u for u, v, w in edges]
        data = [w for u, v, w in edges] * 2
        self.matrix = csr_matrix((np.array(data, dtype=float), (rows, cols)), shape=(n, n))
        self.dense = self.matrix.toarray()

    def pruned_tree(self, vertices: set[int], terminals: set[int]) -> tuple[float, set[int]]:
        """Weight of a minimum spanning tree of the subgraph on `vertices` with non-terminal leaves pruned
        (inf if that subgraph is disconnected), and the vertices left."""
        keep = sorted(vertices)
        tree = minimum_spanning_tree(self.matrix[keep][:, keep]).tocoo()
        if tree.nnz != len(keep) - 1:
            return math.inf, vertices
        adj: dict[int, dict[int, float]] = {v: {} for v in keep}
        for a, b, w in zip(tree.row, tree.col, tree.data):
            adj[keep[a]][keep[b]] = adj[keep[b]][keep[a]] = w
        leaves = [v for v in keep if len(adj[v]) == 1 and v not in terminals]
        while leaves:
            v = leaves.pop()
            for u in list(adj[v]):
                del adj[u][v]
                if len(adj[u]) == 1 and u not in terminals:
                    leaves.append(u)
            del adj[v]
        return sum(w for v in adj for w in adj[v].values()) / 2, set(adj)

    def paths_weight(self, paths: set[tuple[int, int]]) -> int:
        return int(sum(self.dense[u, v] for u, v in paths))

    def shortest_path_union(self, terminals: list[int]) -> int:
        _, pred = dijkstra(self.matrix, indices=terminals[0], return_predecessors=True)
        edges: set[tuple[int, int]] = set()
        for v in terminals[1:]:
            while v != terminals[0]:
                u = int(pred[v])
                edges.add((min(u, v), max(u, v)))
                v = u
        return self.paths_weight(edges)

    def takahashi_matsuyama(self, root: int, terminals: list[int]) -> set[int]:
        tree = {root}
        left = set(terminals) - tree
        while left:
            dist, pred, _ = dijkstra(self.matrix, indices=sorted(tree), min_only=True, return_predecessors=True)
            target = min(left, key=lambda t: (dist[t], t))
            v = target
            while v not in tree:
                tree.add(v)
                v = int(pred[v])
            left -= tree
        return tree


def improve(graph: Graph, vertices: set[int], terminals: set[int]) -> float:
    """Steiner-vertex elimination and insertion, first improvement, to a local optimum."""
    best, vertices = graph.pruned_tree(vertices, terminals)
    improved = True
    while improved:
        improved = False
        for v in sorted(vertices - terminals):
            weight, kept = graph.pruned_tree(vertices - {v}, terminals)
            if weight < best:
                best, vertices, improved = weight, kept, True
        for v in range(graph.n):
            if v in vertices or not graph.dense[v, sorted(vertices)].any():
                continue
            weight, kept = graph.pruned_tree(vertices | {v}, terminals)
            if weight < best:
                best, vertices, improved = weight, kept, True
    return best


def make_case(rng: random.Random, kind: str, n: int, degree: float, wmax: int, count: int) -> dict | None:
    edges = weighted_graph(rng, kind, n, degree, wmax)
    terminals = sorted(rng.sample(range(n), count))
    graph = Graph(n, edges)
    baseline = graph.shortest_path_union(terminals)
    roots = terminals if len(terminals) <= MAX_ROOTS else rng.sample(terminals, MAX_ROOTS)
    starts = [graph.pruned_tree(graph.takahashi_matsuyama(r, terminals), set(terminals)) for r in roots]
    reference = improve(graph, min(starts, key=lambda s: s[0])[1], set(terminals))
    if reference >= baseline:
        return None
    return {"n": n, "edges": edges, "terminals": terminals, "baseline": baseline, "reference": int(reference)}


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    count = int(params["cases"])
    cases = []
    for index in range(count):
        scale = 0.6 + 0.4 * index / max(1, count - 1)
        n, terminals = round(int(params["n"]) * scale), max(3, round(int(params["terminals"]) * scale))
        case = None
        while case is None:
            case = make_case(rng, params["kind"], n, float(params["degree"]), int(params.get("wmax", 100)),
                             terminals)
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
