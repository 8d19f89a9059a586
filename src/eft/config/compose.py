"""Hydra compose → plain resolved dict → schema validation, with one-line errors naming the key."""
from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any, Sequence

import jsonschema
import yaml
from hydra import compose, initialize_config_dir
from hydra.errors import HydraException
from omegaconf import OmegaConf
from omegaconf.errors import OmegaConfBaseException

from eft.errors import EftError, first_line
from eft.paths import CONF_DIR, SCHEMA_PATH


class ConfigError(EftError, ValueError):
    """A bad experiment name, override key or value; the message is one line."""


def available_experiments(conf_dir: Path = CONF_DIR) -> list[str]:
    return sorted(p.stem for p in (conf_dir / "experiment").glob("*.yaml"))


def parse_overrides(value: str | Sequence[str] | None) -> list[str]:
    """Overrides as given on Snakemake's command line: a parsed list, or the raw text of one when Snakemake's
    YAML parsing gave up (nested lists such as `[eval.seeds=[0,1],search.iterations=4]`)."""
    if value is None:
        return []
    if not isinstance(value, str):
        return [str(item) for item in value]
    text = value.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return [text] if text else []
    items, depth, current = [], 0, []
    for char in text[1:-1]:
        if char == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
            continue
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(char, 0)
        current.append(char)
    items.append("".join(current).strip())
    return [item for item in items if item]


def load_config(experiment: str = "mini", overrides: Sequence[str] = (), conf_dir: Path = CONF_DIR,
                schema_path: Path = SCHEMA_PATH) -> dict[str, Any]:
    """Return the resolved, validated config of `experiment` with command-line `overrides` applied."""
    if experiment not in available_experiments(conf_dir):
        raise ConfigError(f"unknown experiment {experiment!r}; available: {', '.join(available_experiments(conf_dir))}")
    overrides = parse_overrides(overrides)
    try:
        with initialize_config_dir(config_dir=str(Path(conf_dir).resolve()), version_base="1.3"):
            cfg = compose(config_name="config", overrides=[f"experiment={experiment}", *map(str, overrides)])
        resolved = OmegaConf.to_container(cfg, resolve=True)
    except (HydraException, OmegaConfBaseException) as exc:
        raise ConfigError(_override_problem(exc)) from None
    validate_config(resolved, schema_path)
    return resolved


def validate_config(cfg: dict[str, Any], schema_path: Path = SCHEMA_PATH) -> None:
    schema = yaml.safe_load(Path(schema_path).read_text())
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(cfg), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        key = ".".join(str(p) for p in err.path) or "<root>"
        if err.validator == "additionalProperties":
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            name = ".".join([*map(str, err.path), extra[0]]) if extra else key
            raise ConfigError(f"unknown config key {name!r}")
        raise ConfigError(f"bad value for config key {key!r}: {first_line(err.message)}")


def _override_problem(exc: Exception) -> str:
    """Hydra's multi-line message as one line: an override of a key the config lacks is an unknown key; a
    missing group option lists the available ones."""
    text = str(exc)
    unknown = re.match(r"Could not override '([^']+)'", text)
    if unknown:
        return f"unknown config key {unknown.group(1)!r}"
    lines = text.splitlines()
    if "Available options" in text:
        start = next(i for i, line in enumerate(lines) if line.startswith("Available options")) + 1
        options = [line.strip() for line in itertools.takewhile(lambda line: line.startswith("\t"), lines[start:])]
        return f"bad override: {first_line(exc)}; available: {', '.join(options)}"
    return f"bad override: {first_line(exc)}"
