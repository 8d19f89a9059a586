"""Kernel problems the trusted harness can check and time; each module has `check_spec` and `run`."""
from __future__ import annotations

import importlib
from types import ModuleType

from eft.errors import EftError

PROBLEMS = ("vecadd",)


def load(name: str) -> ModuleType:
    if name not in PROBLEMS:
        raise EftError(f"unknown kernel problem '{name}' (known: {', '.join(PROBLEMS)})")
    return importlib.import_module(f"eft.kernels.problems.{name}")
