"""Judge for ahc039_purse_seine: compile the candidate, run it on every case, validate its net, count the fish.

Each case (`task.data_dir/case_NN.txt`, data.py) gives N mackerel and N sardines at distinct integer points
of [0, 100000]^2. The candidate prints m, then m vertices "x y": a closed polygon, vertex k joined to vertex
k+1 and the last to the first. It is valid iff
- the output is exactly 1 + 2m whitespace-separated tokens (no extra tokens), each a decimal integer of at
  most 12 significant digits ('-' allowed, no '+', no decimal point or exponent);
- 4 <= m <= 1000 and every coordinate is in [0, 100000];
- every edge is axis-parallel with non-zero length, and edges alternate horizontal / vertical (so every
  vertex is a turn and m is even);
- the polygon is simple: two edges that are not consecutive share no point (no crossing, touching or
  overlapping anywhere), consecutive edges share only their common vertex (automatic once they alternate);
- the perimeter (sum of edge lengths) is at most 400000.
Scoring (here, from the vertices alone): a = mackerel and b = sardines in the closed polygon (interior or
boundary; exact integer geometry). The case scores max(0, a - b + 1), AHC039's per-case score. `score` is
the contest total over all cases (an integer), and combined_score = score / (sum over cases of N + 1), the
share of the best conceivable total (all mackerel, no sardine), i.e. score / 125025 for 25 cases of
N = 5000. Any invalid case makes the whole program invalid: combined_score 0 with a one-line error naming
the case (also for a compile error, a crash, a timeout or output over 1 MB).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import numpy as np

from eft.judge import CandidateError, Task, ascii_tokens, compile_and_run, guarded

SIDE = 100_000
MAX_VERTICES = 1000
MAX_PERIMETER = 400_000
INTEGER = re.compile(r"-?[0-9]+")


class Case(NamedTuple):
    text: str  # the stdin of the case, as generated
    mackerel: np.ndarray  # (N, 2) int64
    sardines: np.ndarray


def load_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    values = [int(token) for token in text.split()]
    n = values[0]
    points = np.array(values[1:], dtype=np.int64).reshape(2 * n, 2)
    return Case(text, points[:n], points[n:])


def integer(token: str, position: int) -> int:
    """A decimal integer token (at most 12 significant digits); ValueError (one line) otherwise."""
    if not INTEGER.fullmatch(token):
        raise ValueError(f"token {position} is not an integer: {token[:20]!r}")
    if len(token.lstrip("-").lstrip("0")) > 12:
        raise ValueError(f"token {position} is out of range: {token[:20]}...")
    return int(token)


def parse_polygon(output: str) -> np.ndarray:
    """The printed vertices as an (m, 2) int64 array; ValueError (one line) for any malformed output."""
    tokens = ascii_tokens(output)
    if not tokens:
        raise ValueError("empty output")
    m = integer(tokens[0], 1)
    if not 4 <= m <= MAX_VERTICES:
        raise ValueError(f"vertex count {m} is outside 4..{MAX_VERTICES}")
    if len(tokens) != 1 + 2 * m:
        raise ValueError(f"expected {2 * m} coordinates after m = {m}, got {len(tokens) - 1} tokens")
    numbers = [integer(token, position) for position, token in enumerate(tokens, start=1)]
    vertices = np.array(numbers[1:], dtype=np.int64).reshape(m, 2)
    outside = np.flatnonzero((vertices < 0).any(axis=1) | (vertices > SIDE).any(axis=1))
    if outside.size:
        k = int(outside[0])
        raise ValueError(f"vertex {k} ({vertices[k, 0]}, {vertices[k, 1]}) is outside [0, {SIDE}]^2")
    return vertices


class Edges(NamedTuple):
    """Axis-parallel edges split by orientation: each row (fixed coordinate, low end, high end, edge index)."""

    horizontal: np.ndarray  # (y, x_low, x_high, k)
    vertical: np.ndarray  # (x, y_low, y_high, k)


def first(mask: np.ndarray) -> int | None:
    """Index of the first True entry, or None."""
    hits = np.flatnonzero(mask)
    return int(hits[0]) if hits.size else None


def polygon_edges(vertices: np.ndarray) -> Edges:
    """The edges of a valid net; ValueError (one line) unless it is a simple alternating orthogonal polygon
    within the perimeter budget."""
    m = len(vertices)
    start, end = vertices, np.roll(vertices, -1, axis=0)
    same_x, same_y = start[:, 0] == end[:, 0], start[:, 1] == end[:, 1]
    if (k := first(same_x & same_y)) is not None:
        raise ValueError(f"edge {k} has zero length (vertex {(k + 1) % m} repeats vertex {k})")
    if (k := first(~same_x & ~same_y)) is not None:
        raise ValueError(f"edge {k} from vertex {k} to vertex {(k + 1) % m} is not axis-parallel")
    if (k := first(same_y == np.roll(same_y, -1))) is not None:
        raise ValueError(f"vertex {(k + 1) % m} is not a turn: edges {k} and {(k + 1) % m} are collinear")
    perimeter = int(np.abs(end - start).sum())
    if perimeter > MAX_PERIMETER:
        raise ValueError(f"perimeter {perimeter} exceeds {MAX_PERIMETER}")
    index = np.arange(m)
    low, high = np.minimum(start, end), np.maximum(start, end)
    h, v = np.flatnonzero(same_y), np.flatnonzero(same_x)
    edges = Edges(np.stack([start[h, 1], low[h, 0], high[h, 0], index[h]], axis=1),
                  np.stack([start[v, 0], low[v, 1], high[v, 1], index[v]], axis=1))
    check_simple(edges, m)
    return edges


def check_simple(edges: Edges, m: int) -> None:
    """ValueError naming two edges if any non-consecutive pair shares a point."""
    hy, hx0, hx1, hk = (edges.horizontal[:, c, None] for c in range(4))
    vx, vy0, vy1, vk = (edges.vertical[None, :, c] for c in range(4))
    consecutive = ((vk - hk) % m == 1) | ((hk - vk) % m == 1)
    cross = (hx0 <= vx) & (vx <= hx1) & (vy0 <= hy) & (hy <= vy1) & ~consecutive
    pairs = [(hk[:, 0][i], vk[0][j]) for i, j in np.argwhere(cross)[:1]]
    for fixed, lo, hi, k in (edges.horizontal.T, edges.vertical.T):  # parallel edges on one line
        overlap = (fixed[:, None] == fixed[None, :]) & (lo[:, None] <= hi[None, :]) & (lo[None, :] <= hi[:, None])
        pairs += [(k[i], k[j]) for i, j in np.argwhere(np.triu(overlap, 1))[:1]]
    if pairs:
        a, b = sorted(min(pairs, key=sorted))
        raise ValueError(f"the polygon is not simple: edges {a} and {b} touch or cross")


def inside(edges: Edges, points: np.ndarray) -> np.ndarray:
    """Which points lie in the closed polygon: on an edge, or inside by the parity of the vertical edges
    strictly to their right whose half-open span [y_low, y_high) holds their y (a ray cast just above the
    point, exact for integer coordinates)."""
    px, py = points[:, 0, None], points[:, 1, None]
    vx, vy0, vy1 = edges.vertical[:, 0], edges.vertical[:, 1], edges.vertical[:, 2]
    hy, hx0, hx1 = edges.horizontal[:, 0], edges.horizontal[:, 1], edges.horizontal[:, 2]
    on_edge = ((px == vx) & (vy0 <= py) & (py <= vy1)).any(axis=1)
    on_edge |= ((py == hy) & (hx0 <= px) & (px <= hx1)).any(axis=1)
    crossings = ((px < vx) & (vy0 <= py) & (py < vy1)).sum(axis=1)
    return on_edge | (crossings % 2 == 1)


def case_score(case: Case, output: str) -> int:
    """max(0, a - b + 1) for the net the output describes; ValueError (one line) if the net is invalid."""
    edges = polygon_edges(parse_polygon(output))
    return max(0, int(inside(edges, case.mackerel).sum()) - int(inside(edges, case.sardines).sum()) + 1)


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    cases = [load_case(path) for path in sorted(task.data_dir.glob("case_*.txt"))]
    if not cases:
        raise RuntimeError(f"no cases in {task.data_dir}")
    run = compile_and_run(task, program_path, [case.text for case in cases])
    if run.error:
        raise CandidateError(run.error)
    total = 0
    for index, (case, output) in enumerate(zip(cases, run.outputs)):
        try:
            total += case_score(case, output)
        except ValueError as exc:
            raise CandidateError(f"case {index}: {exc}") from None
    best_total = sum(len(case.mackerel) + 1 for case in cases)
    return {"combined_score": total / best_total, "score": float(total)}
