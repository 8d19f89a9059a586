"""Judge for ahc058_production: compile the candidate, run it on every case, replay its plan, count the apples.

Each case (`task.data_dir/case_NN.txt`, data.py) gives N lines, L levels, T turns, K starting apples, the
yields A_j and the base costs C[i][j]. State: apples (K), and for every level i and line j a machine count
B[i][j] (1) and a power P[i][j] (0). Every turn t = 1..T, in order:
1. the action of line t of the output: "-1" does nothing; "i j" upgrades level i of line j: it costs
   C[i][j] * (P[i][j] + 1) apples, which must be held, and then P[i][j] += 1;
2. production, from the counts as they were before this step: apples += sum_j A_j * B[0][j] * P[0][j],
   and for every i >= 1, B[i-1][j] += B[i][j] * P[i][j] (a level-i machine builds level-(i-1) machines).
The case scores max(0, apples after turn T - K): the apples earned (doing nothing earns 0, as the paper's
seed scores). All arithmetic is exact (Python integers); the candidate's own bookkeeping is ignored.
`score` is the contest total over the cases, and combined_score = score / 1e10 (a fixed scale, about
what the myopic greedy of proofs/ earns in total; long-horizon plans earn thousands of times more).
Invalid (combined_score 0, one-line error naming the case and turn): not exactly T non-empty lines; a line
that is neither "-1" nor two decimal integers; a level outside 0..L-1 or a line outside 0..N-1; an upgrade
that costs more apples than are held; a compile error, crash, timeout or output over 1 MB.
"""
from __future__ import annotations

import re
from pathlib import Path

from eft.judge import CandidateError, Task, ascii_tokens, compile_and_run, guarded

INTEGER = re.compile(r"-?[0-9]{1,12}")
SCALE = 1e10


class Case:
    """One case: its stdin text and the numbers in it."""

    def __init__(self, text: str):
        values = [int(token) for token in text.split()]
        self.text = text
        self.lines, self.levels, self.turns, self.start = values[:4]
        self.yields = values[4:4 + self.lines]
        rest = values[4 + self.lines:]
        self.costs = [rest[i * self.lines:(i + 1) * self.lines] for i in range(self.levels)]


def parse_plan(case: Case, output: str) -> list[tuple[int, int] | None]:
    """One action per turn (None = do nothing); ValueError (one line) for a malformed plan."""
    rows = output.rstrip().split("\n") if output.strip() else []
    if len(rows) != case.turns:
        raise ValueError(f"expected {case.turns} lines (one action per turn), got {len(rows)}")
    plan: list[tuple[int, int] | None] = []
    for turn, row in enumerate(rows, start=1):
        tokens = ascii_tokens(row)
        if tokens == ["-1"]:
            plan.append(None)
            continue
        if len(tokens) != 2 or not all(INTEGER.fullmatch(token) for token in tokens):
            raise ValueError(f"turn {turn}: expected \"-1\" or \"i j\", got {row.strip()[:40]!r}")
        level, line = int(tokens[0]), int(tokens[1])
        if not 0 <= level < case.levels or not 0 <= line < case.lines:
            raise ValueError(f"turn {turn}: no machine at level {level} of line {line} "
                             f"(levels 0..{case.levels - 1}, lines 0..{case.lines - 1})")
        plan.append((level, line))
    return plan


def final_apples(case: Case, plan: list[tuple[int, int] | None]) -> int:
    """Apples after the last turn of `plan`; ValueError (one line) at the first unaffordable upgrade."""
    count = [[1] * case.lines for _ in range(case.levels)]
    power = [[0] * case.lines for _ in range(case.levels)]
    apples = case.start
    for turn, action in enumerate(plan, start=1):
        if action is not None:
            level, line = action
            cost = case.costs[level][line] * (power[level][line] + 1)
            if cost > apples:
                raise ValueError(f"turn {turn}: upgrading level {level} of line {line} costs {cost} apples, "
                                 f"only {apples} are held")
            apples -= cost
            power[level][line] += 1
        for line in range(case.lines):  # level 0 first: each level reads the count before the one above adds
            apples += case.yields[line] * count[0][line] * power[0][line]
            for level in range(1, case.levels):
                count[level - 1][line] += count[level][line] * power[level][line]
    return apples


def case_score(case: Case, output: str) -> int:
    """max(0, final apples - K) for the plan the output describes; ValueError (one line) if it is illegal."""
    return max(0, final_apples(case, parse_plan(case, output)) - case.start)


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
    total = 0
    for index, (case, output) in enumerate(zip(cases, run.outputs)):
        try:
            total += case_score(case, output)
        except ValueError as exc:
            raise CandidateError(f"case {index}: {exc}") from None
    score = float(total)
    return {"combined_score": score / SCALE, "score": score}
