"""`eft plan`: what an experiment will cost before anything is submitted — jobs per rule and GPU-hours.

Job counts come from Snakemake's own dry run of the whole experiment (`--forceall`), so they are the DAG's,
not a re-derivation. Base-model folders that do not exist on this machine (a login node) are replaced by an
empty folder for the count: a dry run reads no weights.

GPU-hours are estimates from the config and per-token costs (conf/plan.yaml, overridable):
- fine-tuning: 6 · params · tokens / (train_mfu · peak) per SFT variant, and (6 + 2) · params · tokens for KTO
  (the frozen reference model adds a forward pass). Tokens are measured from the curated trajectories when the
  experiment already has them (their token-length columns), else teacher children × rows_per_child ×
  tokens_per_row; a subset variant trains on its share of the training tasks.
- held-out searches: 2 · params FLOPs per generated token at serve_mfu of the card, tasks × seeds ×
  iterations × tokens_per_call tokens per grid model.
Teacher searches run on an external endpoint and are counted in requests and tokens, not GPU-hours.
Parameter counts come from a base folder's config.json (instantiated on the meta device, no weights read),
else from the size in the model's name ("Qwen3.5-2B" → 2e9), else from the tiny model's arch.
"""
from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from eft.config.compose import load_config
from eft.config.grid import model_runs
from eft.errors import EftError
from eft.paths import CONF_DIR, REPO_ROOT
from eft.tasks.registry import read_yaml

COST_KEYS = ("gpu_peak_tflops", "train_mfu", "serve_mfu", "tokens_per_row", "rows_per_child", "tokens_per_call")


def load_costs(path: Path | None = None, overrides: dict[str, float] | None = None) -> dict[str, float]:
    costs = read_yaml(Path(path or CONF_DIR / "plan.yaml")) or {}
    costs = {**costs, **(overrides or {})}
    missing = [k for k in COST_KEYS if k not in costs]
    if missing:
        raise EftError(f"plan costs: missing {', '.join(missing)}")
    bad = next((k for k in COST_KEYS if not isinstance(costs[k], (int, float)) or costs[k] <= 0), None)
    if bad:
        raise EftError(f"plan costs: {bad} must be a positive number, got {costs[bad]!r}")
    return {k: float(costs[k]) for k in COST_KEYS}


def job_counts(experiment: str, overrides: list[str], cfg: dict[str, Any]) -> dict[str, int]:
    """Jobs per rule of the whole experiment, from a Snakemake dry run."""
    with tempfile.TemporaryDirectory() as empty:
        stand_ins = [f"models.{b}.path={empty}" for b, spec in cfg["models"].items()
                     if spec["kind"] == "hf" and not Path(spec["path"]).is_dir()]
        cmd = [sys.executable, "-m", "snakemake", "-n", "--forceall", "--quiet", "rules", "--cores", "1",
               "--config", f"experiment={experiment}", f"overrides=[{','.join([*overrides, *stand_ins])}]"]
        proc = subprocess.run(cmd, check=False, cwd=REPO_ROOT, capture_output=True, text=True)
    text = proc.stdout + proc.stderr
    if proc.returncode != 0:
        last = [line for line in text.splitlines() if line.strip()][-1:] or ["no output"]
        raise EftError(f"snakemake dry run failed: {last[0]}")
    counts: dict[str, int] = {}
    table = text.split("Job stats:", 1)[-1].splitlines()
    for line in table:
        match = re.fullmatch(r"(\w+)\s+(\d+)", line.strip())
        if match and match.group(1) != "total":
            counts[match.group(1)] = int(match.group(2))
    if not counts:
        raise EftError("snakemake dry run printed no job stats")
    return counts


def parameter_count(spec: dict[str, Any]) -> float:
    """Parameters of a base model (see the module docstring for the order of sources)."""
    if spec["kind"] == "tiny":
        a = spec["arch"]
        vocab = spec["tokenizer"]["vocab_size"]
        per_layer = 4 * a["hidden_size"] ** 2 + 3 * a["hidden_size"] * a["intermediate_size"]
        return float(a["num_layers"] * per_layer + 2 * vocab * a["hidden_size"])
    folder = Path(spec.get("path", ""))
    if (folder / "config.json").is_file():
        import torch
        from transformers import AutoConfig, AutoModelForCausalLM

        with torch.device("meta"):
            model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(folder))
        return float(sum(p.numel() for p in model.parameters()))
    match = re.search(r"(\d+(?:\.\d+)?)\s*([BM])\b", spec["name"], re.IGNORECASE)
    if match:
        return float(match.group(1)) * (1e9 if match.group(2).upper() == "B" else 1e6)
    raise EftError(f"model {spec['name']!r}: no config.json at {folder} and no size in its name")


def curated_tokens(curated: Path, labels: list[str]) -> tuple[int, dict[str, int]]:
    """(tokens of the rows with `labels`, rows per task) measured from an existing curated parquet."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(curated, columns=["task", "improvement_label", "system_token_length",
                                            "user_token_length", "response_token_length"])
    table = table.filter(pc.is_in(table["improvement_label"], value_set=__import__("pyarrow").array(labels)))
    tokens = sum(int(pc.sum(table[c]).as_py() or 0)
                 for c in ("system_token_length", "user_token_length", "response_token_length"))
    per_task: dict[str, int] = {}
    for task in table.column("task").to_pylist():
        per_task[task] = per_task.get(task, 0) + 1
    return tokens, per_task


def plan(experiment: str, overrides: list[str], costs: dict[str, float]) -> dict[str, Any]:
    cfg = load_config(experiment, overrides)
    counts = job_counts(experiment, overrides, cfg)
    peak = costs["gpu_peak_tflops"] * 1e12
    teacher_children = counts.get("teacher_search", 0) * cfg["search"]["iterations"]
    curated = REPO_ROOT / "results" / cfg["name"] / "trajectories" / "curated.parquet"
    labels = list(cfg["train"]["labels"])
    if curated.is_file():
        tokens, _ = curated_tokens(curated, labels)
        kto_tokens, _ = curated_tokens(curated, ["improved", "regressed"])
        source = f"measured from {curated.relative_to(REPO_ROOT)}"
    else:
        tokens = teacher_children * costs["rows_per_child"] * costs["tokens_per_row"]
        kto_tokens = 2 * tokens  # about as many regressed rows as improved ones
        source = "estimated: teacher children x rows_per_child x tokens_per_row"
    train_tasks = sum(1 for t in _selected(cfg) if t)
    epochs = cfg["train"]["epochs"]
    # searches per model from the config: in-process ones are one job each, served ones are batched per job
    searches = len(_selected(cfg, "heldout")) * len(cfg["eval"]["seeds"])
    eval_tokens = searches * cfg["eval"]["iterations"] * costs["tokens_per_call"]
    rows = []
    for run in model_runs(cfg["models"]):
        spec = cfg["models"][run.base]
        params = parameter_count(spec)
        entry = {"model": run.name, "id": run.id, "params": params, "train_gpu_hours": 0.0,
                 "eval_gpu_hours": 0.0, "train_gpus": spec["gpus"]["train"], "eval_gpus": spec["gpus"]["eval"]}
        if run.variant is not None:
            share = 1.0
            if run.subset:
                listed = (read_yaml(CONF_DIR / "tasks" / f"{run.subset}.yaml") or {}).get("select") or []
                share = min(1.0, len([t for t in listed if t in _selected(cfg)]) / max(train_tasks, 1))
            flops = 6 * params * tokens * share * epochs
            if run.variant == "sft_kto":
                flops = (6 + 2) * params * kto_tokens * cfg["train"].get("kto", {}).get("epochs", 1)
            entry["train_gpu_hours"] = flops / (costs["train_mfu"] * peak) / 3600
        entry["eval_gpu_hours"] = 2 * params * eval_tokens / (costs["serve_mfu"] * peak) / 3600
        rows.append(entry)
    return {"experiment": cfg["name"], "jobs": counts, "teacher_requests": teacher_children,
            "teacher_generated_tokens": teacher_children * costs["tokens_per_call"], "train_tokens": tokens,
            "train_tokens_source": source, "models": rows, "costs": costs,
            "gpu_hours": sum(r["train_gpu_hours"] + r["eval_gpu_hours"] for r in rows)}


def _selected(cfg: dict[str, Any], split: str = "train") -> list[str]:
    """The experiment's tasks of `split` (tasks.select, or every task of the suite; held-out ones narrowed by
    eval.tasks, as the workflow does)."""
    from eft.tasks.registry import discover

    specs = discover(REPO_ROOT / "tasks") if cfg["tasks"]["select"] is None else None
    if specs is not None:
        tasks = [t for t, s in specs.items() if s.split == split]
    else:
        tasks = [t for t in cfg["tasks"]["select"]
                 if (REPO_ROOT / "tasks" / t / "task.yaml").is_file()
                 and (read_yaml(REPO_ROOT / "tasks" / t / "task.yaml") or {}).get("split") == split]
    chosen = cfg["eval"]["tasks"]
    return [t for t in tasks if split == "train" or chosen is None or t in chosen]


def render(result: dict[str, Any]) -> str:
    lines = [f"experiment {result['experiment']}: {sum(result['jobs'].values())} jobs", "",
             f"{'rule':<32}{'jobs':>8}"]
    lines += [f"{rule:<32}{n:>8}" for rule, n in result["jobs"].items()]
    lines += ["", (f"teacher: {result['teacher_requests']:,} requests, "
                   f"~{result['teacher_generated_tokens']:,.0f} generated tokens (external endpoint)"),
              f"training tokens per SFT epoch: {result['train_tokens']:,.0f} ({result['train_tokens_source']})", "",
              f"{'model':<28}{'params':>10}{'train GPU-h':>13}{'eval GPU-h':>12}"]
    for r in result["models"]:
        lines.append(f"{r['model']:<28}{_size(r['params']):>10}{r['train_gpu_hours']:>13.1f}"
                     f"{r['eval_gpu_hours']:>12.1f}")
    lines.append(f"{'total':<38}{result['gpu_hours']:>25.1f}")
    return "\n".join(lines)


def _size(params: float) -> str:
    return f"{params / 1e9:.1f}B" if params >= 1e9 else f"{params / 1e6:.1f}M"


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="eft plan", description=__doc__.splitlines()[0])
    parser.add_argument("--experiment", default="mini")
    parser.add_argument("--costs", type=Path, help="per-token costs (default conf/plan.yaml)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override one cost")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides, as for the workflow")
    args = parser.parse_intermixed_args(argv)
    sets = {}
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            sets[key] = float(value)
        except ValueError:
            raise EftError(f"--set {item}: expected KEY=NUMBER") from None
    result = plan(args.experiment, args.overrides, load_costs(args.costs, sets))
    print(json.dumps(result, indent=2, sort_keys=True) if args.json else render(result))
    return 0 if math.isfinite(result["gpu_hours"]) else 1
