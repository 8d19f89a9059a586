"""Judge for the ahc_cover family: compile the candidate, run it on every case, walk its route, price it.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "h w t b sr sc" and h rows of '.' (grass) and '#'
(obstacle); every grass cell is reachable from the start (sr, sc) (row, column, 0-based). The candidate
prints its route as moves 'U' (row - 1), 'D' (row + 1), 'L' (column - 1), 'R' (column + 1); ASCII
whitespace between moves is ignored (as C++'s isspace; no Unicode spaces), any other character is not.
The route is valid iff every move stays on the lawn and on grass, it has at most 20 * F moves (F = grass
cells), it visits every grass cell (the start counts as visited), and, when b = 1, it ends on the start cell.
Scoring (here, from the moves alone): steps = number of moves; turns = direction changes between
consecutive moves, a 90-degree change counting 1 and a reversal 2; cost = steps + t * turns. The lower
bound L = F - 1 + b (every grass cell but the start must be entered; a closed route also returns) gives the
case score round(1e6 * L / cost) (at most 1e6). `score` is the mean over the cases and combined_score =
score / 1e6. Invalid (combined_score 0, one-line error naming the case and move): a bad character, a move
off the lawn or into an obstacle, too many moves, an unvisited cell, not ending at the start when b = 1, a
compile error, a crash, a timeout or output over 1 MB.
"""
from __future__ import annotations

import re
from pathlib import Path

from eft.judge import CandidateError, Task, compile_and_run, guarded

SCALE = 1e6
# whitespace as C++ reads it (isspace): str.split() would also skip \x1c-\x1f and Unicode spaces such as
# U+00A0, letting output that is not in the stated format through
ASCII_SPACE = re.compile(r"[ \t\n\r\v\f]+")
MOVES = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
OPPOSITE = {"U": "D", "D": "U", "L": "R", "R": "L"}
MAX_FACTOR = 20


class Case:
    """One case: its stdin text, the lawn and the rules."""

    def __init__(self, text: str):
        lines = text.split("\n")
        self.text = text
        self.h, self.w, self.turn, self.back, self.sr, self.sc = map(int, lines[0].split())
        self.grass = {(r, c) for r in range(self.h) for c, ch in enumerate(lines[1 + r]) if ch == "."}


def route_cost(case: Case, output: str) -> int:
    """steps + t * turns of the route; ValueError (one line) if it is illegal or leaves grass unmown."""
    moves = ASCII_SPACE.sub("", output)
    limit = MAX_FACTOR * len(case.grass)
    if len(moves) > limit:
        raise ValueError(f"{len(moves)} moves, at most {limit} (20 per grass cell) allowed")
    r, c = case.sr, case.sc
    visited = {(r, c)}
    turns, previous = 0, None
    for step, move in enumerate(moves, start=1):
        if move not in MOVES:
            raise ValueError(f"move {step}: {move[:1]!a} is not one of U, D, L, R")
        dr, dc = MOVES[move]
        r, c = r + dr, c + dc
        if (r, c) not in case.grass:
            where = "off the lawn" if not (0 <= r < case.h and 0 <= c < case.w) else "into an obstacle"
            raise ValueError(f"move {step} '{move}' goes {where} at ({r}, {c})")
        visited.add((r, c))
        if previous is not None and move != previous:
            turns += 2 if OPPOSITE[move] == previous else 1
        previous = move
    if len(visited) < len(case.grass):
        missed = min(case.grass - visited)
        raise ValueError(f"{len(case.grass) - len(visited)} grass cells never visited, e.g. {missed}")
    if case.back and (r, c) != (case.sr, case.sc):
        raise ValueError(f"the route ends at ({r}, {c}), not back at the start ({case.sr}, {case.sc})")
    return len(moves) + case.turn * turns


def case_score(case: Case, output: str) -> int:
    bound = len(case.grass) - 1 + case.back
    cost = route_cost(case, output)
    return round(SCALE * bound / cost) if cost else round(SCALE)


def load_cases(data_dir: Path) -> list[Case]:
    cases = [Case(path.read_text(encoding="utf-8")) for path in sorted(data_dir.glob("case_*.txt"))]
    if not cases:
        raise RuntimeError(f"no cases in {data_dir}")
    return cases


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    cases = load_cases(task.data_dir)
    run = compile_and_run(task, program_path, [case.text for case in cases])
    if run.error:
        raise CandidateError(run.error)
    scores = []
    for index, (case, output) in enumerate(zip(cases, run.outputs)):
        try:
            scores.append(case_score(case, output))
        except ValueError as exc:
            raise CandidateError(f"case {index}: {exc}") from None
    score = sum(scores) / len(scores)
    return {"combined_score": score / SCALE, "score": score}
