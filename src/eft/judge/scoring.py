"""Shared plumbing for task evaluators: run the candidate in the sandbox, check its output, fail in one line.

A typical evaluator is `evaluate(program_path, task) = score(candidate_output(task, program_path))`, where
`score` is a pure function of the returned data that raises `CandidateError` on anything invalid;
`guarded` turns that into `{"combined_score": 0.0, "error": ...}`. Returned data is bounded by the
sandbox's decoder (`eft.sandbox.decode`); `as_array` bounds its own work too, whatever it is given.
"""
from __future__ import annotations

import functools
import itertools
import math
import os
from collections.abc import Callable
from typing import Any

import numpy as np

from eft.errors import one_line
from eft.judge.task import Task
from eft.sandbox import run_python


class CandidateError(Exception):
    """The candidate failed or returned something invalid; str() is the one-line reason."""


def failure(message: str) -> dict:
    """The failed-evaluation result: score 0 and the reason on one line (at most 500 characters)."""
    return {"combined_score": 0.0, "error": one_line(message, 500)}


def guarded(fn: Callable[..., dict]) -> Callable[..., dict]:
    """Wrap a score/evaluate function so a CandidateError becomes a zero-score result."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> dict:
        try:
            return fn(*args, **kwargs)
        except CandidateError as exc:
            return failure(str(exc))
    return wrapper


def candidate_output(task: Task, program_path: str | os.PathLike, function: str = "run",
                     kwargs: dict | None = None) -> Any:
    """The JSON value `function(**kwargs)` returned, in one sandboxed run under `task.limits` (call_s, mem_mb).

    The function is called twice and both answers must agree: a score that changes from run to run would
    make the search and its trajectories irreproducible, so a nondeterministic program is invalid.
    """
    res = run_python(program_path, function, [kwargs or {}] * 2, task.limits.call())
    if not res.ok:
        raise CandidateError(res.error)
    try:
        same = same_result(*res.values)
    except (MemoryError, RecursionError):
        raise CandidateError(f"{function}() returned a result that cannot be compared") from None
    if not same:
        raise CandidateError(f"nondeterministic output: two calls of {function}() returned different results")
    return res.values[0]


def same_result(first: Any, second: Any) -> bool:
    """Whether two decoded results are the same answer: equal values (1 == 1.0, key order ignored), with NaN
    equal to NaN. Without recursion, and at C speed wherever the two are plainly equal: comparing their
    `json.dumps` instead took 9 s for two results of 2 million numbers (the most the decoder lets through)."""
    stack = [(first, second)]
    while stack:
        a, b = stack.pop()
        if a is b or a == b:
            continue
        if type(a) is list and type(b) is list and len(a) == len(b):
            pairs = zip(a, b)
        elif type(a) is dict and type(b) is dict and a.keys() == b.keys():
            pairs = ((a[key], b[key]) for key in a)
        elif _both_nan(a, b):
            continue
        else:
            return False
        for x, y in pairs:  # these differ somewhere: a NaN, or a real difference
            if x is y or x == y or _both_nan(x, y):
                continue
            if type(x) in (list, dict):
                stack.append((x, y))
                continue
            return False
    return True


def _both_nan(a: Any, b: Any) -> bool:
    return type(a) is float and type(b) is float and math.isnan(a) and math.isnan(b)


NUMBER_TYPES = (bool, int, float, np.bool_, np.integer, np.floating)
MAX_NDIM = 32
WALK_ENTRIES = 1_000_000  # entries looked at to learn a shape, whatever max_size (so a wrong shape says so)


def _nested_shape(value: Any, name: str, limit: int) -> tuple[tuple[int, ...], list]:
    """Shape and flat entries of nested lists/tuples, level by level, never holding more than `limit`
    entries: a few bytes of shared sublists (`[[0.0] * 10**6] * 10**6`) cannot make it allocate more."""
    level, shape = [value], []
    while True:
        kinds = set(map(type, level))
        if not kinds or not kinds & {list, tuple}:
            break
        if not kinds <= {list, tuple}:
            raise CandidateError(f"{name} is not a regular numeric array (lists mixed with numbers)")
        lengths = set(map(len, level))
        if len(lengths) != 1:
            raise CandidateError(f"{name} is not a regular numeric array (rows of different lengths)")
        size = len(level) * lengths.pop()
        if len(shape) == MAX_NDIM:
            raise CandidateError(f"{name} is nested more than {MAX_NDIM} levels deep")
        if size > limit:
            raise CandidateError(f"{name} has more than {limit} entries")
        shape.append(len(level[0]) if level else 0)
        level = list(itertools.chain.from_iterable(level))
    if not all(issubclass(kind, NUMBER_TYPES) for kind in kinds):
        raise CandidateError(f"{name} must be a numeric array")
    return tuple(shape), level


def as_array(value: Any, name: str, shape: tuple[int | None, ...], max_size: int = 1_000_000) -> np.ndarray:
    """`value` as a finite float array of `shape` (None = any length ≥ 1), else CandidateError.

    Only numbers are entries (bools count as 0/1; strings, None and dicts do not); the size is checked
    before anything is allocated.
    """
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biuf":
            raise CandidateError(f"{name} must be a numeric array")
        found, entries = value.shape, None
    elif isinstance(value, (list, tuple, *NUMBER_TYPES)):
        found, entries = _nested_shape(value, name, max(max_size, WALK_ENTRIES))
    else:
        raise CandidateError(f"{name} must be a numeric array, got {type(value).__name__}")
    if len(found) != len(shape) or any(want is not None and got != want for got, want in zip(found, shape)):
        want = "x".join("n" if s is None else str(s) for s in shape)
        raise CandidateError(f"{name} has shape {found}, expected ({want})")
    size = int(np.prod(found)) if entries is None else len(entries)
    if size == 0 or size > max_size:
        raise CandidateError(f"{name} has {size} entries, expected 1..{max_size}")
    try:
        arr = value.astype(float) if entries is None else np.array(entries, dtype=float).reshape(found)
    except OverflowError:
        raise CandidateError(f"{name} contains a number too large for a float") from None
    except (MemoryError, TypeError, ValueError):
        raise CandidateError(f"{name} must be a numeric array") from None
    if not np.all(np.isfinite(arr)):
        raise CandidateError(f"{name} contains NaN or infinite values")
    return arr


def nonnegative_steps(value: Any, name: str, max_size: int) -> np.ndarray:
    """A step function's heights: a finite 1-D array, no negative entry, positive total."""
    arr = as_array(value, name, (None,), max_size=max_size)
    if np.any(arr < 0):
        raise CandidateError(f"{name} has negative values")
    if np.sum(arr) <= 0:
        raise CandidateError(f"{name} sums to 0")
    return arr
