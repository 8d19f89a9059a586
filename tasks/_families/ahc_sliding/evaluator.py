"""Judge for the ahc_sliding family: compile the candidate, run it on every case, slide its moves.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "N C M", then N rows of N integers (the start:
colours 1..C, and 0 for the one empty cell), then N rows of the target (the same tiles). The candidate
prints its moves as a string of 'U', 'D', 'L', 'R' (ASCII whitespace, as C++'s isspace, ignored), at most
M of them: each moves the empty cell one step up / down / left / right, sliding the tile there into the
old empty cell; the empty cell must stay on the board.
Scoring (here, from the moves alone): matched = cells whose final content equals the target's (the empty
cell included); the case scores round(1e6 * matched / N^2). `score` is the mean over the cases and
combined_score = score / 1e6. Invalid (combined_score 0, one-line error naming the case and move): a
character other than U, D, L, R; more than M moves; a move off the board; a compile error, a crash, a
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
    """One case: its stdin text, the start and the target (row-major)."""

    def __init__(self, text: str):
        values = [int(token) for token in text.split()]
        self.text = text
        self.n, self.colors, self.budget = values[:3]
        cells = self.n * self.n
        self.start = values[3:3 + cells]
        self.target = values[3 + cells:3 + 2 * cells]


def matched(case: Case, output: str) -> int:
    """Cells equal to the target after the moves; ValueError (one line) at the first illegal move."""
    moves = ASCII_SPACE.sub("", output)
    if len(moves) > case.budget:
        raise ValueError(f"{len(moves)} moves, at most M = {case.budget} allowed")
    n = case.n
    board = list(case.start)
    blank = board.index(0)
    r, c = divmod(blank, n)
    for step, move in enumerate(moves, start=1):
        if move not in MOVES:
            raise ValueError(f"move {step}: {move!a} is not one of U, D, L, R")
        dr, dc = MOVES[move]
        if not (0 <= r + dr < n and 0 <= c + dc < n):
            raise ValueError(f"move {step} '{move}' takes the empty cell off the board from ({r}, {c})")
        r, c = r + dr, c + dc
        cell = r * n + c
        board[blank], board[cell] = board[cell], 0
        blank = cell
    return sum(a == b for a, b in zip(board, case.target))


def case_score(case: Case, output: str) -> int:
    return round(SCALE * matched(case, output) / (case.n * case.n))


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
