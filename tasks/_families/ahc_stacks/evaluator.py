"""Judge for the ahc_stacks family: compile the candidate, run it on every case, replay its operations.

Each case (`task.data_dir/case_NN.txt`, data.py) gives "n m cap c", then m lines "h b_1 .. b_h": stack s
(1-based) bottom to top. Boxes 1..n must leave in increasing order. The candidate prints operations, two
integers "v i" each (at most 5000 of them):
- i in 1..m: take box v and every box above it, keep their order, put them on top of stack i. Box v must
  still be in a stack, stack i must be another one, and it must have room: height + k <= cap, where k is
  the number of boxes moved. Energy cost: k + c.
- i = 0: carry box v out. v must be on top of its stack and the smallest box still in a stack. Cost 0.
The plan is valid iff every operation is legal and all n boxes have been carried out at the end.
Scoring (here, from the operations alone): energy E = total cost; the case scores round(1e6 * n / (n + E))
(1e6 only if nothing needs moving). `score` is the mean over the cases and combined_score = score / 1e6.
Invalid (combined_score 0, one-line error naming the case and operation): a malformed or non-integer
token, an odd token count, more than 5000 operations, an illegal operation, boxes left at the end, a
compile error, a crash, a timeout or output over 1 MB.
"""
from __future__ import annotations

import re
from pathlib import Path

from eft.judge import CandidateError, Task, compile_and_run, guarded, read_ints

MAX_OPS = 5000
SCALE = 1e6
# read_ints splits with str.split(), which would also take \x1c-\x1f and Unicode spaces (U+00A0, U+3000)
# as separators: anything but printable ASCII and the whitespace C++ knows (isspace) is refused first
FOREIGN = re.compile(r"[^\x21-\x7e \t\n\r\v\f]")


class Case:
    """One case: its stdin text, sizes and the stacks (bottom to top)."""

    def __init__(self, text: str):
        values = [int(token) for token in text.split()]
        self.text = text
        self.n, self.m, self.cap, self.overhead = values[:4]
        self.stacks, at = [], 4
        for _ in range(self.m):
            h = values[at]
            self.stacks.append(values[at + 1:at + 1 + h])
            at += 1 + h


def energy(case: Case, output: str) -> int:
    """Total energy of the plan; ValueError (one line) for an illegal operation or an unfinished plan."""
    foreign = FOREIGN.search(output)
    if foreign:
        raise ValueError(f"character {foreign.group()!a} at offset {foreign.start()} is neither printable ASCII "
                         "nor whitespace")
    tokens = read_ints(output, 0, max(case.n, case.m), what="number")
    if len(tokens) % 2:
        raise ValueError(f"{len(tokens)} integers: operations are pairs \"v i\"")
    if len(tokens) > 2 * MAX_OPS:
        raise ValueError(f"{len(tokens) // 2} operations, at most {MAX_OPS} allowed")
    stacks = [list(s) for s in case.stacks]
    where = {box: s for s, stack in enumerate(stacks) for box in stack}
    next_out, total = 1, 0
    for op in range(len(tokens) // 2):
        v, i = tokens[2 * op], tokens[2 * op + 1]
        label = f"operation {op + 1} \"{v} {i}\""
        if not 1 <= v <= case.n or v < next_out:
            raise ValueError(f"{label}: box {v} is not in any stack")
        stack = stacks[where[v]]
        if i == 0:
            if v != next_out:
                raise ValueError(f"{label}: box {next_out} must leave before box {v}")
            if stack[-1] != v:
                raise ValueError(f"{label}: box {v} is not on top (box {stack[-1]} is)")
            stack.pop()
            next_out += 1
            continue
        if i > case.m:
            raise ValueError(f"{label}: there is no stack {i} (stacks 1..{case.m})")
        if i - 1 == where[v]:
            raise ValueError(f"{label}: box {v} is already in stack {i}")
        at = stack.index(v)
        block = stack[at:]
        target = stacks[i - 1]
        if len(target) + len(block) > case.cap:
            raise ValueError(f"{label}: stack {i} holds {len(target)} boxes, {len(block)} more exceed cap {case.cap}")
        del stack[at:]
        target.extend(block)
        for box in block:
            where[box] = i - 1
        total += len(block) + case.overhead
    if next_out <= case.n:
        raise ValueError(f"only {next_out - 1} of {case.n} boxes were carried out")
    return total


def case_score(case: Case, output: str) -> int:
    return round(SCALE * case.n / (case.n + energy(case, output)))


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
