"""task.yaml's `combined_score:` — the normalisation a task claims, as an expression over its result keys.

Writing the formula next to `metric` and `direction` makes the claim checkable: `eft tasks validate` evaluates
it on every valid result and compares it with the `combined_score` the evaluator returned. The grammar is
arithmetic only (numbers, names of result keys, + - * / **, parentheses, min/max/abs and the one-argument
log/log10/exp/sqrt that fit-error scores need), parsed with `ast` and walked here; nothing is ever passed to
`eval`.
"""
from __future__ import annotations

import ast
import math
import operator
from collections.abc import Mapping
from typing import Any

from eft.errors import EftError

BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
          ast.Pow: operator.pow}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
FUNCTIONS = {"min": min, "max": max, "abs": abs, "log": math.log, "log10": math.log10, "exp": math.exp,
             "sqrt": math.sqrt}
ONE_ARGUMENT = {"log", "log10", "exp", "sqrt"}


def _check(node: ast.AST) -> str | None:
    """None if `node` uses only the allowed grammar, else what is not allowed."""
    if isinstance(node, ast.Expression):
        return _check(node.body)
    if isinstance(node, ast.Constant):
        ok = isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
        return None if ok else f"constant {node.value!r} is not a number"
    if isinstance(node, ast.Name):
        return None
    if isinstance(node, ast.BinOp):
        if type(node.op) not in BINARY:
            return f"operator {type(node.op).__name__} is not allowed"
        return _check(node.left) or _check(node.right)
    if isinstance(node, ast.UnaryOp):
        return _check(node.operand) if type(node.op) in UNARY else f"operator {type(node.op).__name__} is not allowed"
    if isinstance(node, ast.Call):
        if not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS) or node.keywords or not node.args:
            return f"only {', '.join(f'{name}()' for name in FUNCTIONS)} may be called"
        if node.func.id in ONE_ARGUMENT and len(node.args) != 1:
            return f"{node.func.id}() takes one argument"
        return next(filter(None, map(_check, node.args)), None)
    return f"{type(node).__name__} is not allowed (arithmetic over result keys only)"


def parse(text: Any) -> ast.Expression:
    """The parsed formula; EftError (one line) if it is not a string in the allowed grammar."""
    if not isinstance(text, str) or not text.strip():
        raise EftError("must be a non-empty string expression")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise EftError(f"is not an expression ({exc.msg})") from None
    problem = _check(tree)
    if problem:
        raise EftError(f"{text!r}: {problem}")
    return tree


def formula_problems(text: Any) -> list[str]:
    try:
        parse(text)
    except EftError as exc:
        return [str(exc)]
    return []


def names(text: str) -> set[str]:
    """Result keys the formula reads."""
    return {n.id for n in ast.walk(parse(text)) if isinstance(n, ast.Name) and n.id not in FUNCTIONS}


def evaluate_formula(text: str, result: Mapping[str, Any]) -> float:
    """The formula's value on one evaluator result; EftError if a key is missing or not a finite number."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            value = result.get(node.id)
            if not (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)):
                raise EftError(f"result key {node.id!r} is missing or not a finite number")
            return float(value)
        if isinstance(node, ast.BinOp):
            return BINARY[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp):
            return UNARY[type(node.op)](walk(node.operand))
        return float(FUNCTIONS[node.func.id](*map(walk, node.args)))

    try:
        return walk(parse(text))
    except (ZeroDivisionError, OverflowError, ValueError) as exc:
        raise EftError(f"{text!r}: {exc}") from None
