"""The `--cfg JSON` and `--ops FILE --ops-key NAME` arguments of the stage CLIs: a JSON object, or a one-line
error that says why not."""
from __future__ import annotations

import json
from pathlib import Path

from eft.errors import EftError


def cfg_object(text: str, required: tuple[str, ...] = (), flag: str = "--cfg") -> dict:
    """`text` (the value of option `flag`) parsed as a JSON object holding every key in `required`; EftError
    otherwise."""
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EftError(f"{flag} is not valid JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(cfg, dict):
        raise EftError(f"{flag} must be a JSON object, got {type(cfg).__name__}")
    missing = [key for key in required if key not in cfg]
    if missing:
        raise EftError(f"--cfg lacks key '{missing[0]}' (expected {', '.join(required)})")
    return cfg


def ops_object(path: str | Path | None, key: str) -> dict:
    """The operational settings stored under `key` in the JSON file at `path` (`eft.config.keys.job_settings`);
    {} without a file (every operational setting then has its default)."""
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EftError(f"--ops {path}: cannot read operational settings ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get(key, {}), dict):
        raise EftError(f"--ops {path}: no object under {key!r}")
    return data.get(key, {})
