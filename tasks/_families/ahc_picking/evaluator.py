"""Judge for the ahc_picking family: compile the candidate, run it on every case, replay the picker's turns.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "h w cap T k dr dc", h rows of '#' (shelf) and '.'
(floor), then k lines "r c v": an item of value v on floor cell (r, c) (distinct cells, none on the depot
(dr, dc)). The picker starts on the depot, empty-handed. The candidate prints one character per turn, at
most T of them (ASCII whitespace, as C++'s isspace, ignored):
- 'U' / 'D' / 'L' / 'R': move to the neighbouring cell (row - 1 / row + 1 / column - 1 / column + 1),
  which must be a floor cell of the grid;
- 'P': pick up the item on the current cell; there must be one not yet picked, and the picker must hold
  fewer than cap items;
- 'X': drop every held item at the depot (the picker must stand on it); these items are delivered.
Scoring (here, from the turns alone): the case scores round(1e6 * delivered value / total value of the
k items); items still held after the last turn count nothing. `score` is the mean over the cases and
combined_score = score / 1e6. Invalid (combined_score 0, one-line error naming the case and turn): a
character other than U, D, L, R, P, X; more than T turns; a move off the floor; a 'P' with no item or a
full load; an 'X' away from the depot; a compile error, a crash, a timeout or output over 1 MB.
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
    """One case: its stdin text, the floor, the items and the rules."""

    def __init__(self, text: str):
        lines = text.split("\n")
        self.text = text
        self.h, self.w, self.cap, self.turns, k, self.dr, self.dc = map(int, lines[0].split())
        self.floor = {(r, c) for r in range(self.h) for c, ch in enumerate(lines[1 + r]) if ch == "."}
        self.items = {}
        for line in lines[1 + self.h:1 + self.h + k]:
            r, c, v = map(int, line.split())
            self.items[(r, c)] = v


def delivered(case: Case, output: str) -> int:
    """Value delivered to the depot; ValueError (one line) at the first illegal turn."""
    actions = ASCII_SPACE.sub("", output)
    if len(actions) > case.turns:
        raise ValueError(f"{len(actions)} turns, at most T = {case.turns} allowed")
    r, c = case.dr, case.dc
    left = dict(case.items)
    held: list[int] = []
    total = 0
    for turn, action in enumerate(actions, start=1):
        if action in MOVES:
            dr, dc = MOVES[action]
            if (r + dr, c + dc) not in case.floor:
                raise ValueError(f"turn {turn}: '{action}' from ({r}, {c}) leaves the floor")
            r, c = r + dr, c + dc
        elif action == "P":
            if (r, c) not in left:
                raise ValueError(f"turn {turn}: no item to pick up at ({r}, {c})")
            if len(held) >= case.cap:
                raise ValueError(f"turn {turn}: already holding cap = {case.cap} items")
            held.append(left.pop((r, c)))
        elif action == "X":
            if (r, c) != (case.dr, case.dc):
                raise ValueError(f"turn {turn}: dropping at ({r}, {c}), not at the depot ({case.dr}, {case.dc})")
            total += sum(held)
            held = []
        else:
            raise ValueError(f"turn {turn}: {action!a} is not one of U, D, L, R, P, X")
    return total


def case_score(case: Case, output: str) -> int:
    return round(SCALE * delivered(case, output) / sum(case.items.values()))


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
