"""Which config keys are operational: they change how a job runs (checkpoints, workers, how an endpoint is
reached), never what it computes. The workflow keeps them out of every job's params, so changing one reruns
nothing, and a search or training work dir ignores them, so a resumed job keeps its checkpoints. Every other
key is a result key. This table is the one place that says which is which.
"""
from __future__ import annotations

import copy
from typing import Any

OPERATIONAL: dict[str, tuple[str, ...]] = {
    "search": ("checkpoint_interval", "workers"),
    "search.operator": ("endpoint",),
    "models.*.pretrain": ("checkpoint_interval",),
    "train": ("checkpoint_interval",),
    "eval.serving": ("command", "startup_timeout_s", "stop_timeout_s", "parallel", "request"),
}


def _matches(pattern: str, section: str) -> bool:
    """Whether dotted `section` is named by `pattern`, where a `*` part matches any one key (a model id)."""
    want, have = pattern.split("."), section.split(".")
    return len(want) == len(have) and all(w in ("*", h) for w, h in zip(want, have))


def _skipped(section: str) -> tuple[str, ...]:
    return next((keys for pattern, keys in OPERATIONAL.items() if _matches(pattern, section)), ())


def result_part(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` (the config section named `section`) without its operational keys."""
    skip = _skipped(section)
    return {k: v for k, v in values.items() if k not in skip}


def operational_part(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """Only the operational keys of `values` (those it has)."""
    return {k: values[k] for k in _skipped(section) if k in values}


def _sections(cfg: dict[str, Any], pattern: str) -> list[tuple[str, dict[str, Any]]]:
    """(dotted name, mapping) of every section of `cfg` that `pattern` names; none where there is none
    (e.g. a kind without it)."""
    found: list[tuple[str, Any]] = [("", cfg)]
    for part in pattern.split("."):
        found = [(f"{name}.{key}".lstrip("."), node[key]) for name, node in found if isinstance(node, dict)
                 for key in (node if part == "*" else [part]) if key in node]
    return [(name, node) for name, node in found if isinstance(node, dict)]


def _section(cfg: dict[str, Any], section: str) -> dict[str, Any]:
    """The mapping at dotted path `section` of `cfg` ({} where there is none)."""
    return next((node for _, node in _sections(cfg, section)), {})


def result_config(cfg: dict[str, Any]) -> dict[str, Any]:
    """The resolved config without its operational keys: everything the results depend on, and only that."""
    out = copy.deepcopy(cfg)
    for pattern, keys in OPERATIONAL.items():
        for _, node in _sections(out, pattern):
            for key in keys:
                node.pop(key, None)
    return out


def operational_keys(cfg: dict[str, Any]) -> list[str]:
    """Dotted names of the operational keys present in a resolved config (for docs and the rerun test)."""
    return [f"{name}.{key}" for pattern in OPERATIONAL for name, node in _sections(cfg, pattern)
            for key in operational_part(name, node)]


def job_settings(cfg: dict[str, Any]) -> dict[str, Any]:
    """The operational settings each kind of job reads, by rule name (`base_pretrain.<model id>` per tiny base):
    the workflow writes them to `results/<name>/operational.json` when it loads and hands jobs the path (never
    a rerun trigger)."""
    def ops(section: str) -> dict[str, Any]:
        return operational_part(section, _section(cfg, section))

    return {
        "teacher_search": {"search": ops("search"), "operator": ops("search.operator")},
        "heldout_search": {"search": ops("search"), "operator": {}},
        "heldout_served": {"search": ops("search"), "operator": {}, "serving": ops("eval.serving")},
        **{f"base_pretrain.{name.split('.')[1]}": operational_part(name, node)
           for name, node in _sections(cfg, "models.*.pretrain")},
        "finetune": ops("train"),
        "finetune_kto": ops("train"),
    }
