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
    "model.pretrain": ("checkpoint_interval",),
    "train": ("checkpoint_interval",),
}


def result_part(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` (the config section named `section`) without its operational keys."""
    skip = OPERATIONAL.get(section, ())
    return {k: v for k, v in values.items() if k not in skip}


def operational_part(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """Only the operational keys of `values` (those it has)."""
    return {k: values[k] for k in OPERATIONAL.get(section, ()) if k in values}


def _section(cfg: dict[str, Any], section: str) -> dict[str, Any]:
    """The mapping at dotted path `section` of `cfg` ({} where there is none, e.g. a kind without it)."""
    node: Any = cfg
    for part in section.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def result_config(cfg: dict[str, Any]) -> dict[str, Any]:
    """The resolved config without its operational keys: everything the results depend on, and only that."""
    out = copy.deepcopy(cfg)
    for section, keys in OPERATIONAL.items():
        node = _section(out, section)
        for key in keys:
            node.pop(key, None)
    return out


def operational_keys(cfg: dict[str, Any]) -> list[str]:
    """Dotted names of the operational keys present in a resolved config (for docs and the rerun test)."""
    return [f"{section}.{key}" for section in OPERATIONAL
            for key in operational_part(section, _section(cfg, section))]


def job_settings(cfg: dict[str, Any]) -> dict[str, Any]:
    """The operational settings each kind of job reads, by rule name: the workflow writes them to
    `results/<name>/operational.json` when it loads and hands jobs the path (never a rerun trigger)."""
    def ops(section: str) -> dict[str, Any]:
        return operational_part(section, _section(cfg, section))

    return {
        "teacher_search": {"search": ops("search"), "operator": ops("search.operator")},
        "heldout_search": {"search": ops("search"), "operator": {}},
        "base_pretrain": ops("model.pretrain"),
        "finetune": ops("train"),
    }
