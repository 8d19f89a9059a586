"""Small source edits inside the EVOLVE-BLOCK, the moves the offline operator makes.

Edits work on lines and regular expressions, not on a parser, so they apply to Python and C++ alike and
some of them break the program — as a real model's edits sometimes do. Each edit returns the new lines
and a one-line description (the "reasoning" the operator writes before its answer), or None when it
found nothing to edit.
"""
from __future__ import annotations

import math
import random
import re
from typing import Callable, Optional

from eft.evolve_block import MARKER, START

Lines = list[str]
Edit = Callable[[Lines, list[int], random.Random, str], Optional[tuple[Lines, str]]]

# A bare decimal literal: not part of an identifier, not followed by a C++ suffix (1.0f, 10LL, 0x1F).
_NUMBER = re.compile(r"(?<![\w.])(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w.])")
_COMPARISON = re.compile(r"(?<=\s)(<=|>=|<|>)(?=\s)")
_FLIP = {"<": "<=", "<=": "<", ">": ">=", ">=": ">"}
# "=" or an augmented "+=", "<<=", ... but not "==", "<=", ">=", "!=".
_ASSIGN = re.compile(r"(?<![=!<>])(?:\*\*|//|<<|>>|[+\-*/%&|^])?=(?!=)")
_TYPE_WORDS = {"auto", "bool", "char", "const", "double", "float", "int", "long", "short", "signed",
               "size_t", "static", "std", "unsigned", "vector"}
_IDENT = re.compile(r"[A-Za-z_]\w*")
_NOT_SWAPPABLE = re.compile(r"^\s*(return|break|continue|yield|if|elif|else|for|while|def|class|try|"
                            r"except|finally|with|case|switch|do|#|//|@|}|{)")


def editable_lines(lines: Lines) -> list[int]:
    """Indices of the lines inside EVOLVE-BLOCKs (the whole program when it has no markers)."""
    inside, found, editable = False, False, []
    for i, line in enumerate(lines):
        marker = MARKER.search(line)
        if marker:
            found = True
            inside = marker.group(0) == START
        elif inside:
            editable.append(i)
    return editable if found else list(range(len(lines)))


def code_mask(line: str, language: str) -> str:
    """The line with string literals and the trailing comment blanked out (same length), so that
    regular expressions only see code."""
    comment = "//" if language == "cpp" else "#"
    out, quote, i = [], None, 0
    while i < len(line):
        ch = line[i]
        if quote:
            out.append(" ")
            if ch == "\\" and i + 1 < len(line):
                out.append(" ")
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
            out.append(" ")
        elif line.startswith(comment, i):
            out.append(" " * (len(line) - i))
            break
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _format_float(value: float) -> str:
    text = f"{value:.6g}"
    return text if any(c in text for c in ".en") else text + ".0"


def perturb_number(text: str, rng: random.Random) -> str:
    """A nearby value of the same kind: integers move by a few units (never below zero), floats get
    multiplicative or additive noise."""
    if re.fullmatch(r"\d+", text):
        value = int(text)
        step = rng.choice([1, 1, 1, 2, 3, max(1, value // 4)])
        return str(max(0, value + rng.choice([-1, 1]) * step))
    value = float(text)
    if value != 0.0 and rng.random() < 0.6:
        new = value * math.exp(rng.gauss(0.0, 0.15))
    else:
        new = value + rng.gauss(0.0, 0.1 * (abs(value) or 1.0))
    return _format_float(new)


def _numbers(line: str, language: str) -> list[re.Match]:
    return list(_NUMBER.finditer(code_mask(line, language)))


def _replace_span(line: str, match: re.Match, new: str) -> str:
    return line[: match.start()] + new + line[match.end():]


def tweak_constant(lines: Lines, editable: list[int], rng: random.Random, language: str):
    """Perturb one numeric literal."""
    choices = [(i, m) for i in editable for m in _numbers(lines[i], language)]
    if not choices:
        return None
    i, match = rng.choice(choices)
    old = lines[i][match.start():match.end()]
    new = perturb_number(old, rng)
    if new == old:
        return None
    out = list(lines)
    out[i] = _replace_span(lines[i], match, new)
    return out, f"Change the constant {old} to {new} in `{lines[i].strip()}`."


def flip_comparison(lines: Lines, editable: list[int], rng: random.Random, language: str):
    """Make a comparison strict or non-strict."""
    choices = [(i, m) for i in editable for m in _COMPARISON.finditer(code_mask(lines[i], language))]
    if not choices:
        return None
    i, match = rng.choice(choices)
    new = _FLIP[match.group(1)]
    out = list(lines)
    out[i] = _replace_span(lines[i], match, new)
    return out, f"Use `{new}` instead of `{match.group(1)}` in `{lines[i].strip()}`."


def _assignment(line: str, language: str) -> Optional[tuple[set[str], set[str]]]:
    """(names assigned, names used) of a simple one-line assignment, else None."""
    code = code_mask(line, language)
    if not code.strip() or _NOT_SWAPPABLE.match(line) or code.rstrip().endswith((":", "{", "\\", ",", "(")):
        return None
    parts = _ASSIGN.split(code, maxsplit=1)
    if len(parts) != 2:
        return None
    return set(_IDENT.findall(parts[0])) - _TYPE_WORDS, set(_IDENT.findall(code)) - _TYPE_WORDS


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def swap_adjacent(lines: Lines, editable: list[int], rng: random.Random, language: str):
    """Swap two neighbouring assignments at the same indentation that do not read each other's results."""
    editable_set = set(editable)
    choices = []
    for i in editable:
        j = i + 1
        if j not in editable_set:
            continue
        a, b = _assignment(lines[i], language), _assignment(lines[j], language)
        if a and b and _indent(lines[i]) == _indent(lines[j]) and not (a[0] & b[1]) and not (b[0] & a[1]):
            choices.append(i)
    if not choices:
        return None
    i = rng.choice(choices)
    out = list(lines)
    out[i], out[i + 1] = lines[i + 1], lines[i]
    return out, f"Reorder the independent statements `{lines[i].strip()}` and `{lines[i + 1].strip()}`."


def duplicate_perturbed(lines: Lines, editable: list[int], rng: random.Random, language: str):
    """Repeat an assignment that holds a constant, with the copy's constants perturbed."""
    choices = [i for i in editable if _assignment(lines[i], language) and _numbers(lines[i], language)]
    if not choices:
        return None
    i = rng.choice(choices)
    copy = lines[i]
    for match in reversed(_numbers(copy, language)):
        copy = _replace_span(copy, match, perturb_number(match.group(0), rng))
    out = list(lines)
    out.insert(i + 1, copy)
    return out, f"Apply a second, slightly different update after `{lines[i].strip()}`: `{copy.strip()}`."


EDITS: list[tuple[Edit, float]] = [
    (tweak_constant, 0.6), (flip_comparison, 0.15), (swap_adjacent, 0.1), (duplicate_perturbed, 0.15),
]


def mutate(program: str, rng: random.Random, language: str) -> tuple[str, list[str]]:
    """One to three edits inside the EVOLVE-BLOCK; returns the new program and the edits' descriptions
    (the program unchanged and no descriptions if nothing could be edited)."""
    original = program.split("\n")
    lines, notes = original, []
    n_edits = rng.choices([1, 2, 3], weights=[0.6, 0.3, 0.1])[0]
    for _ in range(n_edits * 4):  # an edit kind may find nothing to do, or undo an earlier edit
        if len(notes) >= n_edits and lines != original:
            break
        edit = rng.choices([e for e, _ in EDITS], weights=[w for _, w in EDITS])[0]
        result = edit(lines, editable_lines(lines), rng, language)
        if result:
            lines, note = result
            notes.append(note)
    return ("\n".join(lines), notes) if lines != original else (program, [])
