"""`eft figures <name> --inputs ... --png X.png --pdf X.pdf`: run the module that draws figure <name>."""
from __future__ import annotations

import importlib

from eft.errors import EftError
from eft.figures import FIGURES


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in FIGURES:
        got = repr(argv[0]) if argv else "nothing"
        raise EftError(f"unknown figure {got}; expected one of {', '.join(FIGURES)}")
    return importlib.import_module(f"eft.figures.{argv[0]}").main(argv[1:])
