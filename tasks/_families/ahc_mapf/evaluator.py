"""Judge for the ahc_mapf family: compile the candidate, run it on every case, replay the robots' moves.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "h w n T", h rows of '.' (free) and '#' (blocked),
then n lines "sr sc gr gc": robot i's start and goal (0-based; the 2n cells are distinct and free). The
candidate prints at most T lines, line t holding exactly n characters: robot i's move in turn t, one of
'U' (row - 1), 'D' (row + 1), 'L' (column - 1), 'R' (column + 1), '.' (stay). All robots move at once.
Turns are the runs of non-whitespace (ASCII whitespace, as C++'s isspace), so blank lines are skipped.
A turn is legal iff every robot lands on a free cell of the grid, no two robots share a cell after it
(vertex conflict), and no two robots swap cells (edge conflict); moving into a cell another robot leaves
in the same turn is allowed.
Scoring (here, from the moves alone): robot i's cost c_i is the number of turns after which it stands on
its goal for the rest of the plan if it ends there, otherwise T + (shortest-path distance from where it
ends to its goal). With the lower bound L = sum of start-goal distances, the case scores
round(1e6 * L / sum c_i) (at most 1e6). `score` is the mean over the cases and combined_score =
score / 1e6. Invalid (combined_score 0, one-line error naming the case and turn): more than T lines, a
line that is not n characters from "UDLR.", a move onto a blocked or outside cell, a vertex or edge
conflict, a compile error, a crash, a timeout or output over 1 MB.
"""
from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from eft.judge import CandidateError, Task, compile_and_run, guarded

SCALE = 1e6
# whitespace as C++ reads it (isspace): str.split() would also skip \x1c-\x1f and Unicode spaces such as
# U+00A0, letting output that is not in the stated format through
ASCII_SPACE = re.compile(r"[ \t\n\r\v\f]+")
MOVES = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1), ".": (0, 0)}


class Case:
    """One case: its stdin text, the free cells, the robots, and each goal's distance map."""

    def __init__(self, text: str):
        lines = text.split("\n")
        self.text = text
        self.h, self.w, self.n, self.turns = map(int, lines[0].split())
        self.free = {(r, c) for r in range(self.h) for c, ch in enumerate(lines[1 + r]) if ch == "."}
        robots = [tuple(map(int, line.split())) for line in lines[1 + self.h:1 + self.h + self.n]]
        self.starts = [(sr, sc) for sr, sc, _, _ in robots]
        self.goals = [(gr, gc) for _, _, gr, gc in robots]
        self.dist = [self.distances(goal) for goal in self.goals]

    def distances(self, source: tuple[int, int]) -> dict[tuple[int, int], int]:
        dist, queue = {source: 0}, deque([source])
        while queue:
            r, c = queue.popleft()
            for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if cell in self.free and cell not in dist:
                    dist[cell] = dist[(r, c)] + 1
                    queue.append(cell)
        return dist


def sum_of_costs(case: Case, output: str) -> int:
    """Sum over robots of c_i; ValueError (one line) at the first illegal turn."""
    rows = [row for row in ASCII_SPACE.split(output) if row]
    if len(rows) > case.turns:
        raise ValueError(f"{len(rows)} turns, at most T = {case.turns} allowed")
    at = list(case.starts)
    arrived = [0] * case.n  # the turn after which robot i last stepped onto its goal (0: the start)
    for turn, row in enumerate(rows, start=1):
        if len(row) != case.n or any(ch not in MOVES for ch in row):
            raise ValueError(f"turn {turn}: expected {case.n} characters from \"UDLR.\", got {row[:40]!a}")
        moved = []
        for i, ch in enumerate(row):
            dr, dc = MOVES[ch]
            cell = (at[i][0] + dr, at[i][1] + dc)
            if cell not in case.free:
                raise ValueError(f"turn {turn}: robot {i} moves '{ch}' from {at[i]} onto a blocked or outside cell")
            moved.append(cell)
        seen: dict[tuple[int, int], int] = {}
        for i, cell in enumerate(moved):
            if cell in seen:
                raise ValueError(f"turn {turn}: robots {seen[cell]} and {i} both end on {cell}")
            seen[cell] = i
        for i, cell in enumerate(moved):
            j = seen.get(at[i])
            if j is not None and j != i and cell == at[j] and i < j:
                raise ValueError(f"turn {turn}: robots {i} and {j} swap cells {at[i]} and {at[j]}")
        for i, cell in enumerate(moved):
            if cell == case.goals[i] and at[i] != cell:
                arrived[i] = turn
        at = moved
    total = 0
    for i in range(case.n):
        total += arrived[i] if at[i] == case.goals[i] else case.turns + case.dist[i][at[i]]
    return total


def case_score(case: Case, output: str) -> int:
    bound = sum(case.dist[i][case.starts[i]] for i in range(case.n))
    return round(SCALE * bound / sum_of_costs(case, output))


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
