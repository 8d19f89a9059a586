# Config loading and validation, task selection and path helpers shared by every stage.
import json
import os
import sys
from pathlib import Path

from eft.config import ConfigError, load_config, parse_overrides
from eft.errors import EftError
from eft.tasks.registry import discover

BASEDIR = Path(workflow.basedir)
try:
    CFG = load_config(
        config.get("experiment", "mini"),
        parse_overrides(config.get("overrides")),
        conf_dir=BASEDIR / "conf",
        schema_path=BASEDIR / "workflow" / "schemas" / "config.schema.yaml",
    )
except ConfigError as exc:
    raise WorkflowError(f"config error: {exc}") from None

R = f"results/{CFG['name']}"
# Jobs call the `eft` CLI of the interpreter running Snakemake (the project's .venv), wherever PATH points.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
ENV = "../workflow/envs/eft.yaml"
LOGS = f"{R}/logs"
BENCH = f"{R}/benchmarks"

wildcard_constraints:
    task="[a-z0-9_]+",
    strategy="diff|full_rewrite",
    seed=r"\d+",
    model="base|finetuned",


def _select_tasks():
    try:
        suite = discover(BASEDIR / "tasks")
    except EftError as exc:
        raise WorkflowError(f"task error: {exc}") from None
    wanted = CFG["tasks"]["select"] or sorted(suite)
    unknown = [t for t in wanted if t not in suite]
    if unknown:
        raise WorkflowError(f"config error: unknown task(s) in tasks.select: {', '.join(unknown)}")
    return {t: suite[t] for t in wanted}


TASKS = _select_tasks()
TRAIN_TASKS = [t for t, spec in TASKS.items() if spec.split == "train"]
HELDOUT_TASKS = [t for t, spec in TASKS.items() if spec.split == "heldout"]
GPU_HELDOUT_TASKS = [t for t in HELDOUT_TASKS if TASKS[t].requires_gpu]
if not TRAIN_TASKS or not HELDOUT_TASKS:
    raise WorkflowError(
        f"config error: tasks.select needs at least one train and one held-out task "
        f"(train: {TRAIN_TASKS}, held-out: {HELDOUT_TASKS})"
    )

TINY_BASE = CFG["model"]["kind"] == "tiny"
TOKENIZER_DIR = f"{R}/model/tokenizer" if TINY_BASE else CFG["model"]["path"]
BASE_MODEL_DIR = f"{R}/model/base" if TINY_BASE else CFG["model"]["path"]
FINETUNED_MODEL_DIR = f"{R}/model/finetuned"
MODEL_DIRS = {"base": BASE_MODEL_DIR, "finetuned": FINETUNED_MODEL_DIR}
MODEL_NAMES = {"base": CFG["model"]["name"], "finetuned": f"EFT-{CFG['model']['name']}"}
# A GPU is requested for model jobs only when the base model is a real one.
MODEL_GPUS = 0 if TINY_BASE else 1


def cfg_json(**sections):
    """The config slice a job depends on, passed as params, so changing it reruns exactly the jobs using it."""
    return json.dumps(sections, sort_keys=True)


def task_source_files(wildcards):
    """Every file of a task folder, so editing a task reruns its materialization."""
    return sorted(str(p) for p in Path("tasks", wildcards.task).rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def final_outputs():
    outputs = [
        f"{R}/config.yaml",
        f"{R}/tasks/manifest.json",
        f"{R}/trajectories/curated.parquet",
        f"{R}/tables/main.csv",
        f"{R}/tables/main.md",
        f"{R}/tables/main.tex",
        f"{R}/tables/teacher_runs.csv",
        *expand(f"{R}/figures/{{fig}}.{{ext}}", fig=FIGURES, ext=["png", "pdf"]),
    ]
    if GPU_HELDOUT_TASKS:
        outputs.append(f"{R}/kernels/retime.json")
    return outputs


def teacher_search_cfg():
    return cfg_json(search=CFG["search"], operator=CFG["teacher"], seed=CFG["seed"])


def heldout_search_cfg(wildcards):
    """Held-out runs: the model under test is the operator; same search settings, eval's budget."""
    ev = CFG["eval"]
    operator = {
        "kind": "hf",
        "name": MODEL_NAMES[wildcards.model],
        "model": MODEL_DIRS[wildcards.model],
        "adapter": None,
        "temperature": ev["temperature"],
        "top_p": ev["top_p"],
        "max_tokens": ev["max_new_tokens"],
    }
    return cfg_json(search={**CFG["search"], "iterations": ev["iterations"]}, operator=operator, seed=CFG["seed"])
