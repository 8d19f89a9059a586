"""Judge for the ahc_fuel family: compile the candidate, run it on every case, drive its route.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "h w cap T s k", h rows of terrain (a digit 1..9:
the fuel it costs to enter the cell; '#': impassable), s lines "r c" (fuel stations; station 0 is the base)
and k lines "r c v" (a treasure of value v; stations and treasures on distinct passable cells). The
vehicle starts on the base with cap fuel. The candidate prints one character per turn, at most T of them
(ASCII whitespace, as C++'s isspace, ignored):
- 'U' / 'D' / 'L' / 'R': move to the neighbouring cell (row - 1 / row + 1 / column - 1 / column + 1); it
  must be passable and its cost must not exceed the fuel left (the fuel drops by it). Entering a cell
  with a treasure not yet taken collects it;
- 'F': refuel to cap; the vehicle must stand on a station.
Scoring (here, from the turns alone): the case scores round(1e6 * collected value / total value of the k
treasures). `score` is the mean over the cases and combined_score = score / 1e6. Invalid (combined_score
0, one-line error naming the case and turn): a character other than U, D, L, R, F; more than T turns; a
move off the map or onto rock; running out of fuel; refuelling off a station; a compile error, a crash, a
timeout or output over 1 MB.
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


class Case:
    """One case: its stdin text, the terrain costs, the stations and the treasures."""

    def __init__(self, text: str):
        lines = text.split("\n")
        self.text = text
        self.h, self.w, self.cap, self.turns, s, k = map(int, lines[0].split())
        self.cost = {(r, c): int(ch) for r in range(self.h) for c, ch in enumerate(lines[1 + r]) if ch != "#"}
        at = 1 + self.h
        self.stations = [tuple(map(int, line.split())) for line in lines[at:at + s]]
        self.treasures = {}
        for line in lines[at + s:at + s + k]:
            r, c, v = map(int, line.split())
            self.treasures[(r, c)] = v


def collected(case: Case, output: str) -> int:
    """Value of the treasures collected; ValueError (one line) at the first illegal turn."""
    actions = ASCII_SPACE.sub("", output)
    if len(actions) > case.turns:
        raise ValueError(f"{len(actions)} turns, at most T = {case.turns} allowed")
    stations = set(case.stations)
    r, c = case.stations[0]
    fuel, left, total = case.cap, dict(case.treasures), 0
    for turn, action in enumerate(actions, start=1):
        if action in MOVES:
            dr, dc = MOVES[action]
            cell = (r + dr, c + dc)
            if cell not in case.cost:
                raise ValueError(f"turn {turn}: '{action}' from ({r}, {c}) leaves the map or hits rock")
            if case.cost[cell] > fuel:
                raise ValueError(f"turn {turn}: entering {cell} costs {case.cost[cell]} fuel, only {fuel} left")
            fuel -= case.cost[cell]
            r, c = cell
            total += left.pop(cell, 0)
        elif action == "F":
            if (r, c) not in stations:
                raise ValueError(f"turn {turn}: refuelling at ({r}, {c}), which is not a station")
            fuel = case.cap
        else:
            raise ValueError(f"turn {turn}: {action!a} is not one of U, D, L, R, F")
    return total


def case_score(case: Case, output: str) -> int:
    return round(SCALE * collected(case, output) / sum(case.treasures.values()))


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
