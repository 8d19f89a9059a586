# Config loading and validation, task selection, and the helpers that give each rule exactly the values its
# output depends on as params, so changing a value reruns exactly the jobs that depend on it. Operational
# settings (eft.config.keys) are never params: jobs read them from operational.json, written below.
import json
import os
import re
import sys
from pathlib import Path

from eft.config import ConfigError, load_config, parse_overrides
from eft.config.grid import model_runs, subset_tasks
from eft.config.keys import job_settings, result_config, result_part
from eft.errors import EftError
from eft.io import atomic_write_json, read_json
from eft.seeds import derive_seed
from eft.tasks.registry import discover, get

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
os.environ["PATH"] = (
    f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
)
ENV = "../envs/eft.yaml"
LOGS = f"{R}/logs"
BENCH = f"{R}/benchmarks"
# The operational settings each job reads (eft.config.keys.job_settings), written when the workflow is loaded
# and rewritten only when they change. Jobs get its path as a constant param, not as an input: a changed
# checkpoint interval or endpoint must never rerun a job (an input file, even ancient(), would make Snakemake
# skip the params check of every job downstream of the rule writing it).
OPS_FILE = f"{R}/operational.json"
if not Path(OPS_FILE).is_file() or read_json(OPS_FILE) != job_settings(CFG):
    atomic_write_json(OPS_FILE, job_settings(CFG))


wildcard_constraints:
    task="[a-z0-9_]+",
    strategy="diff|full_rewrite",
    seed=r"\d+",


def _select_tasks():
    """The selected tasks' specs. A named selection reads only those task.yaml files, so a broken task
    outside it cannot stop the DAG."""
    root = BASEDIR / "tasks"
    wanted = CFG["tasks"]["select"]
    try:
        if wanted is None:
            return discover(root)
        unknown = [t for t in wanted if not (root / t / "task.yaml").is_file()]
        if unknown:
            raise WorkflowError(
                f"config error: unknown task(s) in tasks.select: {', '.join(unknown)}"
            )
        return {t: get(t, root) for t in wanted}
    except EftError as exc:
        raise WorkflowError(f"task error: {exc}") from None


def _evaluated(tasks):
    """tasks.select, minus the held-out tasks that eval.tasks leaves out (a stratified subset in mini)."""
    chosen = CFG["eval"]["tasks"]
    if chosen is None:
        return tasks
    wrong = [t for t in chosen if t not in tasks or tasks[t].split != "heldout"]
    if wrong:
        raise WorkflowError(
            f"config error: eval.tasks names {wrong[0]!r}, which is not a held-out task in tasks.select"
        )
    return {t: s for t, s in tasks.items() if s.split == "train" or t in chosen}


TASKS = _evaluated(_select_tasks())
TRAIN_TASKS = [t for t, spec in TASKS.items() if spec.split == "train"]
HELDOUT_TASKS = [t for t, spec in TASKS.items() if spec.split == "heldout"]
# held-out tasks whose metric is timed: their table scores come from one re-timing job per task
TIMED_HELDOUT_TASKS = [
    t for t in HELDOUT_TASKS if TASKS[t].timed and not TASKS[t].requires_gpu
]
GPU_HELDOUT_TASKS = [t for t in HELDOUT_TASKS if TASKS[t].requires_gpu]
if not TRAIN_TASKS or not HELDOUT_TASKS:
    raise WorkflowError(
        f"config error: tasks.select needs at least one train and one held-out task "
        f"(train: {TRAIN_TASKS}, held-out: {HELDOUT_TASKS})"
    )

# The model grid (eft.config.grid): every base model and every variant trained from it is one run, evaluated
# on the held-out suite as the mutation operator; a fine-tuned run's Δ is taken against its own base.
try:
    RUNS = {run.id: run for run in model_runs(CFG["models"])}
    SUBSET_TASKS = {
        run.subset: subset_tasks(run.subset, BASEDIR / "conf", TRAIN_TASKS)
        for run in RUNS.values()
        if run.subset
    }
except EftError as exc:
    raise WorkflowError(f"config error: {exc}") from None
BASES = {base: spec for base, spec in CFG["models"].items()}


wildcard_constraints:
    model="|".join(map(re.escape, RUNS)),
    base="|".join(map(re.escape, BASES)),


TINY_BASES = [b for b, spec in BASES.items() if spec["kind"] == "tiny"]
# bases imported into a Hugging Face folder by the DAG: a GGUF file, or one shipped in an installed package
IMPORTED_BASES = [b for b, spec in BASES.items() if spec["kind"] in ("gguf", "package")]


def base_model_dir(base):
    """A base model's folder: built or imported by the DAG (kinds tiny, gguf, package), else the configured
    local folder (kind hf)."""
    spec = BASES[base]
    return spec["path"] if spec["kind"] == "hf" else f"{R}/model/{base}"


def tokenizer_dir(base):
    return (
        f"{R}/model/{base}.tokenizer"
        if BASES[base]["kind"] == "tiny"
        else base_model_dir(base)
    )


def model_dir(run_id):
    """The folder of a run's model: its base's, or the fine-tuned one the DAG writes."""
    run = RUNS[run_id]
    return base_model_dir(run.base) if run.variant is None else f"{R}/model/{run_id}"


def run_train_tasks(run):
    """How many training tasks a run's trajectories came from (0 for a base model): the scaling figure's x."""
    if run.variant is None:
        return 0
    return len(SUBSET_TASKS[run.subset]) if run.subset else len(TRAIN_TASKS)


# Token lengths (trajectories.max_input_tokens) are counted with the first base model's tokenizer.
TOKENIZER_DIR = tokenizer_dir(next(iter(BASES)))


def model_gpus(kind):
    """Resource callable: GPUs a job of this kind (train / eval) asks for, from its base model's entry."""

    def gpus(wildcards):
        base = (
            wildcards.base if "base" in wildcards.keys() else RUNS[wildcards.model].base
        )
        return BASES[base]["gpus"][kind]

    return gpus


def as_json(**values):
    """Values as one canonical JSON string (a job's params)."""
    return json.dumps(values, sort_keys=True)


def search_result_keys(**changes):
    """The search settings a search's result depends on (its operator, strategies and seeds apart)."""
    values = result_part("search", CFG["search"])
    return {
        k: v for k, v in values.items() if k not in ("operator", "strategies", "seeds")
    } | changes


def task_source_files(wildcards):
    """Every file of a task folder and of its family's shared folder, so editing either reruns its
    materialization."""
    folders = [Path("tasks", wildcards.task)]
    family = TASKS[wildcards.task].family_dir
    if family is not None:
        folders.append(Path("tasks", family.parent.name, family.name))
    return sorted(
        str(p)
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.parts)
    )


def heldout_operator(wildcards):
    """The model under test as the operator: eval.operator's sampling, the model's name (path: --model)."""
    return as_json(
        search=search_result_keys(iterations=CFG["eval"]["iterations"]),
        operator={**CFG["eval"]["operator"], "name": RUNS[wildcards.model].name},
        seed=CFG["seed"],
    )
