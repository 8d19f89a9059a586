"""Shared plumbing for task evaluators: run the candidate in the sandbox, check its output, fail in one line.

A typical evaluator is `evaluate(program_path, task) = score(candidate_output(task, program_path))`, where
`score` is a pure function of the returned data that raises `CandidateError` on anything invalid;
`guarded` turns that into `{"combined_score": 0.0, "error": ...}`.
"""
from __future__ import annotations

import functools
import json
import os
from typing import Any, Callable

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
    first, second = (json.dumps(value, sort_keys=True) for value in res.values)
    if first != second:
        raise CandidateError(f"nondeterministic output: two calls of {function}() returned different results")
    return res.values[0]


def as_array(value: Any, name: str, shape: tuple[int | None, ...], max_size: int = 1_000_000) -> np.ndarray:
    """`value` as a finite float array of `shape` (None = any length ≥ 1), else CandidateError."""
    if isinstance(value, (str, bytes, dict)) or value is None:
        raise CandidateError(f"{name} must be a numeric array, got {type(value).__name__}")
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise CandidateError(f"{name} must be a numeric array") from None
    if arr.ndim != len(shape) or any(want is not None and got != want for got, want in zip(arr.shape, shape)):
        want = "x".join("n" if s is None else str(s) for s in shape)
        raise CandidateError(f"{name} has shape {arr.shape}, expected ({want})")
    if arr.size == 0 or arr.size > max_size:
        raise CandidateError(f"{name} has {arr.size} entries, expected 1..{max_size}")
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
