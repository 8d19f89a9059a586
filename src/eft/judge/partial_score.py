"""The Frontier-CS score rule, written once for the competitive-programming judges (C++, partial scores).

Every generated test case carries two objective values computed by its generator: `baseline` (a simple
solution, e.g. a greedy) and `reference` (a strong one, e.g. greedy + local search), the reference strictly
better than the baseline in the problem's direction. A feasible answer with objective `value` scores

    case score = clamp(100 * (value - baseline) / (reference - baseline), 0, 100)

which serves maximisation and minimisation alike (for minimisation both differences change sign): the
baseline and anything worse score 0, the reference and anything better score 100.

Per case, not per program (as Frontier-CS judges): a case whose output the checker rejects (malformed,
out of range, infeasible, extra tokens) scores 0, and so does a run that crashes, times out or prints too
much; every case is judged (`compile_and_run(..., every_case=True)`). `score` = mean case score in [0, 100] and
combined_score = score / 100. The evaluation as a whole is invalid (combined_score 0, one-line error) only
when the program does not compile or no case gets a feasible answer, so a program that is wrong everywhere
is told why.

Checkers read stdout with `read_ints`: ASCII decimal integers only (no "+3", "1e3", "1_000", "0x10",
non-ASCII digits or tokens longer than 18 characters, all of which Python's int() would partly accept),
each within bounds, and exactly `count` of them where the format fixes the count.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eft.judge.cpp import compile_and_run
from eft.judge.scoring import failure
from eft.judge.task import Task

MAX_TOKEN_CHARS = 18  # every bound below 10**18 fits; longer tokens are rejected before int() sees them
INT_TOKEN = re.compile(r"-?[0-9]+")
ASCII_SPACE = " \t\n\r\v\f"  # what C++'s >> skips; nothing else separates tokens
ASCII_SPLIT = re.compile(r"[ \t\n\r\v\f]+")
COMPILE_ERROR_PREFIX = "compile error"


class CheckError(ValueError):
    """The checker rejected a case's output; str() is the one-line reason."""


def case_score(value: float, baseline: float, reference: float) -> float:
    """Frontier-CS score of one feasible answer: 0 at the baseline, 100 at the reference, clamped."""
    if reference == baseline:
        raise ValueError("reference equals baseline: the generator must make the reference strictly better")
    return min(100.0, max(0.0, 100.0 * (value - baseline) / (reference - baseline)))


def ascii_tokens(text: str, maxsplit: int = 0) -> list[str]:
    """`text` split on ASCII whitespace only, as C++ streams read it. str.split() also splits on Unicode
    spaces and the \\x1c-\\x1f separators, so output that breaks the format would parse as a valid answer."""
    stripped = text.strip(ASCII_SPACE)
    return ASCII_SPLIT.split(stripped, maxsplit=maxsplit) if stripped else []


def read_ints(text: str, lo: int, hi: int, count: int | None = None, what: str = "value") -> list[int]:
    """The whitespace-separated integers of `text`, each in lo..hi, exactly `count` of them if given."""
    tokens = ascii_tokens(text)
    if count is not None and len(tokens) != count:
        raise CheckError(f"expected {count} integers, got {len(tokens)} tokens")
    values = []
    for position, token in enumerate(tokens, 1):
        if len(token) > MAX_TOKEN_CHARS or not INT_TOKEN.fullmatch(token) or not token.isascii():
            raise CheckError(f"token {position} {token[:20]!a} is not an integer")
        number = int(token)
        if not lo <= number <= hi:
            raise CheckError(f"{what} {number} (token {position}) is outside {lo}..{hi}")
        values.append(number)
    return values


def read_counted_ints(text: str, lo: int, hi: int, max_count: int, what: str = "index") -> list[int]:
    """`k` then exactly k integers in lo..hi (0 <= k <= max_count), as the list-answer formats print them."""
    head = ascii_tokens(text, maxsplit=1)
    if not head:
        raise CheckError("empty output: expected the count k first")
    k = read_ints(head[0], 0, max_count, 1, "count k")[0]
    return read_ints(head[1] if len(head) > 1 else "", lo, hi, k, what)


def require_distinct(values: Sequence[int], what: str) -> None:
    seen: set[int] = set()
    for value in values:
        if value in seen:
            raise CheckError(f"{what} {value} is listed twice")
        seen.add(value)


def run_every_case(task: Task, program_path: str, inputs: Sequence[str]) -> tuple[list[str | None], list[str | None]]:
    """(outputs, errors) per case: stdout of every run that ended well, else the run's one-line error.

    A failing run scores only its own case (`compile_and_run(every_case=True)`). A compile error is returned
    for every case with the "compile error" prefix.
    """
    run = compile_and_run(task, program_path, inputs, every_case=True)
    if run.error is not None:
        return [None] * len(inputs), [run.error] * len(inputs)
    outputs = [None if error else text for text, error in zip(run.outputs, run.case_errors)]
    return outputs, list(run.case_errors)


def evaluate_cases(task: Task, program_path: str, cases: Sequence[dict], render: Callable[[dict], str],
                   objective: Callable[[dict, str], float]) -> dict:
    """Run every case, check each output with `objective` (raises CheckError), score by the rule above.

    Each case dict holds `baseline` and `reference`; `render(case)` is its stdin. Result: `score` (mean case
    score, 0..100), `combined_score` = score / 100, `cases` and `failed_cases` (crashed or rejected).
    """
    outputs, errors = run_every_case(task, program_path, [render(case) for case in cases])
    if errors and errors[0] is not None and errors[0].startswith(COMPILE_ERROR_PREFIX):
        return failure(errors[0])
    scores: list[float] = []
    failures: list[str] = []
    for index, (case, output, error) in enumerate(zip(cases, outputs, errors)):
        if error is None:
            try:
                scores.append(case_score(objective(case, output), case["baseline"], case["reference"]))
                continue
            except CheckError as exc:
                error = str(exc)
        scores.append(0.0)
        failures.append(f"case {index}: {error}")
    if len(failures) == len(cases):
        return failure(f"{failures[0]}; no case has a feasible answer")
    score = sum(scores) / len(scores)
    return {"combined_score": score / 100.0, "score": score, "cases": len(cases), "failed_cases": len(failures)}
