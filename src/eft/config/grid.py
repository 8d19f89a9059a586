"""The model grid: every base model in `models`, and every variant trained from it, as one list of runs.

A run is what the held-out suite evaluates as the mutation operator. Its id names its folders
(`results/<E>/model/<id>`, `results/<E>/eval/<task>/<id>/seed<k>`): the base's id for the base itself,
`<base>.<variant>` for a fine-tuned model. Its name is what tables show (Table 1's "Qwen3.5-2B" /
"EFT-Qwen3.5-2B"), and each fine-tuned run's Δ is taken against its own base.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eft.errors import EftError

SFT, KTO = "sft", "sft_kto"


@dataclass(frozen=True)
class Run:
    id: str                # folder name: <base> or <base>.<variant>
    base: str              # the base model's id
    variant: str | None    # None for the base model itself
    name: str              # shown in tables and figures
    base_name: str         # the base's name ('' for a base: it has no Δ)

    @property
    def subset(self) -> str | None:
        """The training-task subset of an `sft@SUBSET` variant (conf/tasks/SUBSET.yaml)."""
        return self.variant.split("@", 1)[1] if self.variant and "@" in self.variant else None


def variant_name(base_name: str, variant: str) -> str:
    """How a fine-tuned model is shown: EFT-<base>, EFT-<base>+KTO, EFT-<base>@<subset>."""
    if variant == SFT:
        return f"EFT-{base_name}"
    if variant == KTO:
        return f"EFT-{base_name}+KTO"
    return f"EFT-{base_name}@{variant.split('@', 1)[1]}"


def model_runs(models: dict[str, dict[str, Any]]) -> list[Run]:
    """Every base and its variants, in config order (a base first, then its variants as listed)."""
    runs = []
    for base, spec in models.items():
        runs.append(Run(base, base, None, spec["name"], ""))
        runs += [Run(f"{base}.{v}", base, v, variant_name(spec["name"], v), spec["name"]) for v in spec["variants"]]
    names = [r.name for r in runs]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup is not None:
        raise EftError(f"models: two runs are both shown as {dup!r}; give the bases distinct names")
    return runs


def subset_tasks(subset: str, conf_dir: Path, train_tasks: list[str]) -> list[str]:
    """The training tasks of conf/tasks/<subset>.yaml (its held-out tasks are not trained on). Every one must
    be among the experiment's training tasks: the teacher searched only those."""
    from eft.tasks.registry import read_yaml

    path = Path(conf_dir) / "tasks" / f"{subset}.yaml"
    if not path.is_file():
        raise EftError(f"variant sft@{subset}: no task subset {path}")
    listed = (read_yaml(path) or {}).get("select") or []
    known = set(train_tasks)
    chosen = [t for t in listed if t in known]
    missing = [t for t in listed if t not in known and not _heldout(t, conf_dir)]
    if missing:
        raise EftError(f"variant sft@{subset}: {len(missing)} of its tasks are not training tasks of this "
                       f"experiment (e.g. {missing[0]!r}); the teacher must search them first (tasks.select)")
    if not chosen:
        raise EftError(f"variant sft@{subset}: {path} lists none of this experiment's training tasks")
    return chosen


def _heldout(task: str, conf_dir: Path) -> bool:
    from eft.tasks.registry import get

    try:
        return get(task, Path(conf_dir).parent / "tasks").split == "heldout"
    except EftError:
        return False
