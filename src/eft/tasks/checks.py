"""Shared evaluator helpers: the failure result and validation of candidate output returned by the sandbox."""
from __future__ import annotations

from typing import Any

import numpy as np


class InvalidOutput(ValueError):
    """A candidate's output has the wrong type, shape or non-finite values; str() is one line."""


def failure(error: str) -> dict:
    """The contract's failure result: score 0 and a one-line reason."""
    return {"combined_score": 0.0, "error": " ".join(str(error).split())[:500] or "failed"}


def finite_array(value: Any, shape: tuple[int, ...], what: str) -> np.ndarray:
    """`value` as a float array of exactly `shape` with only finite entries, else InvalidOutput."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise InvalidOutput(f"{what}: not a numeric array") from None
    if array.shape != tuple(shape):
        raise InvalidOutput(f"{what}: shape {array.shape}, expected {tuple(shape)}")
    if not np.all(np.isfinite(array)):
        raise InvalidOutput(f"{what}: contains NaN or infinity")
    return array
