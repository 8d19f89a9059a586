"""Write an edit the way OpenEvolve parses it: SEARCH/REPLACE blocks, or a whole program in a fence.

OpenEvolve applies blocks in order, each at the first place its SEARCH lines occur in the program as
edited so far, and strips trailing whitespace from each section. Blocks are therefore grown with context
lines until they are unambiguous and do not end on a blank line, and the result is checked with
OpenEvolve's own parser and applier; if the check fails the whole changed span becomes one block.
"""
from __future__ import annotations

import difflib

from openevolve.utils.code_utils import apply_diff_blocks, extract_diffs

Block = tuple[list[str], list[str]]
Hunk = tuple[int, int, int, int]  # old[i1:i2] becomes new[j1:j2]


def _first_index(lines: list[str], needle: list[str]) -> int:
    size = len(needle)
    return next((i for i in range(len(lines) - size + 1) if lines[i:i + size] == needle), -1)


def _clean_end(lines: list[str]) -> bool:
    """Survives OpenEvolve's rstrip of a section: non-empty and last line without trailing space."""
    return bool(lines) and bool(lines[-1].strip()) and lines[-1] == lines[-1].rstrip()


def _window(cur: list[str], lo: int, hi: int, mid: list[str]) -> tuple[int, int]:
    """Smallest cur[a:b] around cur[lo:hi] that is found first at a and whose SEARCH and REPLACE
    texts both end on a clean line; the whole program if none is."""
    for extra in range(len(cur) + 1):
        for down in range(extra + 1):
            a, b = lo - (extra - down), hi + down
            if a < 0 or b > len(cur):
                continue
            search, replace = cur[a:b], cur[a:lo] + mid + cur[hi:b]
            if _clean_end(search) and _clean_end(replace) and _first_index(cur, search) == a:
                return a, b
    return 0, len(cur)


def _blocks(old: list[str], new: list[str], hunks: list[Hunk]) -> list[Block]:
    cur, blocks, shift = list(old), [], 0
    for i1, i2, j1, j2 in hunks:
        lo, hi = i1 + shift, i2 + shift
        a, b = _window(cur, lo, hi, new[j1:j2])
        replace = cur[a:lo] + new[j1:j2] + cur[hi:b]
        blocks.append((cur[a:b], replace))
        cur[a:b] = replace
        shift += (j2 - j1) - (i2 - i1)
    return blocks


def _render(blocks: list[Block]) -> str:
    return "\n\n".join(
        "<<<<<<< SEARCH\n" + "\n".join(s) + "\n=======\n" + "\n".join(r) + "\n>>>>>>> REPLACE" for s, r in blocks)


def _applies(old: str, new: str, text: str) -> bool:
    try:
        child, applied = apply_diff_blocks(old, extract_diffs(text))
    except ValueError:
        return False
    return applied > 0 and child == new


def diff_answer(old: str, new: str) -> str:
    """SEARCH/REPLACE blocks that turn `old` into `new` when OpenEvolve applies them."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    hunks = [op[1:] for op in matcher.get_opcodes() if op[0] != "equal"]
    merged = [(hunks[0][0], hunks[-1][1], hunks[0][2], hunks[-1][3])]
    for attempt in (hunks, merged):
        text = _render(_blocks(old_lines, new_lines, attempt))
        if _applies(old, new, text):
            break
    return text


def rewrite_answer(program: str, language: str) -> str:
    """The whole program in one fenced block tagged with the prompt's language."""
    return f"```{language}\n{program.rstrip()}\n```"
