"""The `--cfg JSON` argument every stage CLI takes: a JSON object, or a one-line error that says why not."""
from __future__ import annotations

import json

from eft.errors import EftError


def cfg_object(text: str, required: tuple[str, ...] = ()) -> dict:
    """`text` parsed as a JSON object holding every key in `required`; EftError otherwise."""
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EftError(f"--cfg is not valid JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(cfg, dict):
        raise EftError(f"--cfg must be a JSON object, got {type(cfg).__name__}")
    missing = [key for key in required if key not in cfg]
    if missing:
        raise EftError(f"--cfg lacks key '{missing[0]}' (expected {', '.join(required)})")
    return cfg
