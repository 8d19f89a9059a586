"""The EVOLVE-BLOCK markers OpenEvolve uses to fence the part of a program the operator may change: one home
for their spelling, read by task validation and by the offline operator."""
from __future__ import annotations

import re

START, END = "EVOLVE-BLOCK-START", "EVOLVE-BLOCK-END"
COMMENT = {"python": "#", "cpp": "//"}  # the line-comment prefix a marker line starts with, per language
MARKER = re.compile(r"EVOLVE-BLOCK-(START|END)\b")


def marker_line(which: str, language: str) -> str:
    """The full marker line (stripped), e.g. `# EVOLVE-BLOCK-START` for python."""
    return f"{COMMENT[language]} {which}"
