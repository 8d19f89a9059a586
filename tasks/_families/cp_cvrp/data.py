"""Capacitated vehicle routing test cases, each with a baseline and a strong reference cost.

Customers 1..n with integer coordinates in 0..1000 and demands 1..10, one depot (node 0), vehicle
capacity Q = max(10, round(5.5 * route)) where `route` (a member parameter) is the mean number of
customers a full vehicle can carry: small values make many short routes, large ones few long routes.
Kinds (after the Uchoa et al. CVRP benchmark classes): `uniform` (customers and depot uniform in the
square), `clustered` (customers around a few seeds, depot in the middle) and `corner` (uniform customers,
depot in a corner, so every route pays a long stem). Per case:
- `baseline`: nearest neighbour, a vehicle leaves the depot, always drives to the nearest unserved
  customer that still fits, and returns when none fits;
- `reference`: Clarke-Wright parallel savings (merge route ends by decreasing saving d(0,i) + d(0,j) - d(i,j)
  while the load fits), 2-opt inside every route, then moves of single customers to their cheapest feasible
  slot in another route while that shortens the total, and 2-opt again.
A draw whose reference does not beat its baseline is replaced by the next draw.
"""
from __future__ import annotations

import itertools
import json
import math
import random
from pathlib import Path

SIDE = 1000
UNIT = 5.5  # mean demand of a customer: capacity = UNIT * customers per full route


def draw_instance(rng: random.Random, kind: str, n: int, route: float) -> dict:
    if kind == "clustered":
        seeds = [(rng.uniform(100, 900), rng.uniform(100, 900)) for _ in range(rng.randint(3, 6))]
        pts = []
        while len(pts) < n:
            sx, sy = rng.choice(seeds)
            x, y = round(rng.gauss(sx, 60)), round(rng.gauss(sy, 60))
            if 0 <= x <= SIDE and 0 <= y <= SIDE:
                pts.append((x, y))
        depot = (SIDE // 2, SIDE // 2)
    else:
        pts = [(rng.randint(0, SIDE), rng.randint(0, SIDE)) for _ in range(n)]
        depot = (0, 0) if kind == "corner" else (rng.randint(0, SIDE), rng.randint(0, SIDE))
    demand = [rng.randint(1, 10) for _ in range(n)]
    return {"n": n, "capacity": max(10, round(UNIT * route)), "depot": list(depot),
            "customers": [[x, y, q] for (x, y), q in zip(pts, demand)]}


def distances(case: dict) -> list[list[float]]:
    nodes = [case["depot"]] + [c[:2] for c in case["customers"]]
    return [[math.hypot(a[0] - b[0], a[1] - b[1]) for b in nodes] for a in nodes]


def routes_cost(d: list[list[float]], routes: list[list[int]]) -> float:
    total = 0.0
    for r in routes:
        path = [0] + r + [0]
        total += sum(d[a][b] for a, b in itertools.pairwise(path))
    return total


def nearest_neighbour(case: dict, d: list[list[float]]) -> list[list[int]]:
    n, cap = case["n"], case["capacity"]
    demand = [0] + [c[2] for c in case["customers"]]
    left = set(range(1, n + 1))
    routes = []
    while left:
        at, load, route = 0, 0, []
        while True:
            fits = [j for j in left if load + demand[j] <= cap]
            if not fits:
                break
            j = min(fits, key=lambda k: (d[at][k], k))
            route.append(j)
            load += demand[j]
            left.discard(j)
            at = j
        routes.append(route)
    return routes


def two_opt(d: list[list[float]], route: list[int]) -> list[int]:
    path = [0] + route + [0]
    improved = True
    while improved:
        improved = False
        for i in range(1, len(path) - 2):
            for j in range(i + 1, len(path) - 1):
                a, b, c, e = path[i - 1], path[i], path[j], path[j + 1]
                if d[a][c] + d[b][e] < d[a][b] + d[c][e] - 1e-9:
                    path[i:j + 1] = path[i:j + 1][::-1]
                    improved = True
    return path[1:-1]


def savings(case: dict, d: list[list[float]]) -> list[list[int]]:
    n, cap = case["n"], case["capacity"]
    demand = [0] + [c[2] for c in case["customers"]]
    route_of = {i: [i] for i in range(1, n + 1)}
    load = {id(r): demand[r[0]] for r in route_of.values()}
    pairs = sorted(((d[0][i] + d[0][j] - d[i][j], i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1)),
                   key=lambda t: (-t[0], t[1], t[2]))
    for s, i, j in pairs:
        if s <= 0:
            break
        ri, rj = route_of[i], route_of[j]
        if ri is rj or load[id(ri)] + load[id(rj)] > cap:
            continue
        if ri[0] == i and len(ri) > 1:
            ri.reverse()
        if rj[-1] == j and len(rj) > 1:
            rj.reverse()
        if ri[-1] != i or rj[0] != j:
            continue  # i or j is inside its route
        load[id(ri)] += load.pop(id(rj))
        ri.extend(rj)
        for k in rj:
            route_of[k] = ri
    unique = {id(r): r for r in route_of.values()}
    return relocate(d, demand, cap, [two_opt(d, r) for r in unique.values()])


def relocate(d: list[list[float]], demand: list[int], cap: int, routes: list[list[int]]) -> list[list[int]]:
    """Move single customers to their cheapest feasible slot in any route while that shortens the total,
    then 2-opt the routes again."""
    loads = [sum(demand[c] for c in r) for r in routes]
    improved = True
    while improved:
        improved = False
        for a, ra in enumerate(routes):
            for i in range(len(ra)):
                c = ra[i]
                prev, nxt = (ra[i - 1] if i else 0), (ra[i + 1] if i + 1 < len(ra) else 0)
                gain = d[prev][c] + d[c][nxt] - d[prev][nxt]
                best = None
                for b, rb in enumerate(routes):
                    if b == a or loads[b] + demand[c] > cap or not rb:
                        continue
                    path = [0] + rb + [0]
                    for k in range(len(path) - 1):
                        add = d[path[k]][c] + d[c][path[k + 1]] - d[path[k]][path[k + 1]]
                        if add < gain - 1e-9 and (best is None or add < best[0]):
                            best = (add, b, k)
                if best is not None:
                    _, b, k = best
                    del ra[i]
                    routes[b].insert(k, c)
                    loads[a] -= demand[c]
                    loads[b] += demand[c]
                    improved = True
                    break
            if improved:
                break
    return [two_opt(d, r) for r in routes if r]


def make_case(rng: random.Random, kind: str, n: int, route: float) -> dict | None:
    case = draw_instance(rng, kind, n, route)
    d = distances(case)
    case["baseline"] = routes_cost(d, nearest_neighbour(case, d))
    case["reference"] = routes_cost(d, savings(case, d))
    return case if case["reference"] < case["baseline"] else None


def build(seed: int, params: dict) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(int(params["cases"])):
        case = None
        while case is None:
            case = make_case(rng, params["kind"], int(params["n"]), float(params["route"]))
        cases.append(case)
    return cases


def generate(out_dir: Path, seed: int, params: dict) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "cases.json").write_text(json.dumps(build(seed, params)), encoding="utf-8")
