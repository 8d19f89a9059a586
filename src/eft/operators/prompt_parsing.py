"""Read what an OpenEvolve 0.4 prompt asks for: the current program, its language, diff or full rewrite.

The offline operator answers from the prompt alone (like a real model), so it must find the program the
prompt shows under `# Current Program` — the parent the answer's edits are applied to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DIFF = "diff"
FULL_REWRITE = "full_rewrite"

# The last "# Current Program" section; the program sits between its fence and the closing fence.
_CURRENT = re.compile(r"^# Current Program[ \t]*\n```([\w+#-]*)[ \t]*\n", re.MULTILINE)
_CLOSE = "\n```\n"
_DIFF_MARKER = "<<<<<<< SEARCH"


@dataclass(frozen=True)
class ParsedPrompt:
    program: str
    language: str
    mode: str  # DIFF or FULL_REWRITE


def parse_prompt(user_text: str) -> ParsedPrompt:
    """The program under the prompt's last `# Current Program` heading; ValueError if there is none."""
    matches = list(_CURRENT.finditer(user_text))
    if not matches:
        raise ValueError("prompt has no '# Current Program' section")
    start = matches[-1].end()
    tail = user_text[start:]
    # The template closes the fence right before "# Task"; prefer that so a ``` inside the code is kept.
    end = tail.find(_CLOSE + "\n# Task")
    if end < 0:
        end = tail.find(_CLOSE)
    if end < 0:
        raise ValueError("prompt's current program has no closing fence")
    mode = DIFF if _DIFF_MARKER in tail[end:] else FULL_REWRITE
    return ParsedPrompt(program=tail[:end], language=matches[-1].group(1) or "python", mode=mode)
