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


# Running on a cluster (workflow/rules/cluster.smk, docs/SLURM.md): requests that grow with each retry and
# the checks made before anything is submitted.
# Each retry (Snakemake's `attempt` is 1 on the first try) multiplies memory and runtime by this factor, so a
# job killed for running out of either comes back with more instead of failing the same way again.
RETRY_GROWTH = 2


def mem_mb(base):
    """Memory request in MB: `base` on the first attempt, RETRY_GROWTH times more on each retry."""
    return lambda wildcards, attempt: int(base * RETRY_GROWTH ** (attempt - 1))


def runtime(base):
    """Runtime request in minutes: `base` on the first attempt, RETRY_GROWTH times more on each retry."""
    return lambda wildcards, attempt: int(base * RETRY_GROWTH ** (attempt - 1))


# The profile reads these from the environment; an unset one stays a literal "$NAME" (Snakemake expands
# variables in resource values and leaves unknown ones as they are).
SLURM_SETTINGS = {
    "slurm_account": "EFT_SLURM_ACCOUNT",
    "slurm_partition": "EFT_SLURM_PARTITION",
}


def _on_slurm():
    """True when this run submits to SLURM (not for a local run, a dry run, or a job on its node)."""
    plugin = workflow.executor_plugin
    return plugin is not None and plugin.name == "slurm"


def _check_slurm_settings():
    """Stop with one line when a job to be submitted lacks an account or a partition, before
    anything is submitted: the plugin would guess an account from old jobs, or use the
    default partition."""
    for job in workflow.dag.needrun_jobs():
        if job.is_local:
            continue
        for key, var in SLURM_SETTINGS.items():
            value = str(job.resources.get(key) or "")
            if not value or value.startswith("$"):
                raise WorkflowError(
                    f"SLURM needs {key} (jobs of {job.rule.name}); export {var} or set it under "
                    f"default-resources in workflow/profiles/slurm/config.yaml (docs/SLURM.md)"
                )


def _slurm_logs_under_results():
    """SLURM's job logs go to results/<experiment>/logs/slurm/ unless --slurm-logdir names a
    folder. The plugin fixes its log folder before onstart runs, so its executor is told
    directly."""
    executor = getattr(getattr(workflow, "scheduler", None), "_executor", None)
    if workflow.executor_settings.logdir is None and executor is not None:
        executor.slurm_logdir = Path(LOGS, "slurm").resolve()


def import_input(base):
    """The GGUF file a gguf / package base is imported from: an input, so a changed file reimports."""
    from eft.train.importer import package_file

    spec = BASES[base]
    if spec["kind"] == "gguf":
        return [spec["path"]]
    try:
        return [str(package_file(spec["package"], spec["file"]))]
    except EftError as exc:
        raise WorkflowError(f"config error: models.{base}: {exc}") from None


def import_source(base):
    """What `eft model import` reads for a gguf / package base (its --source)."""
    spec = BASES[base]
    keys = ("path",) if spec["kind"] == "gguf" else ("package", "file")
    return {"kind": spec["kind"], **{k: spec[k] for k in keys}}


def sft_cfg(wildcards):
    """The train section and seed the SFT of this variant depends on (a subset adds its task list)."""
    subset = RUNS[f"{wildcards.base}.{wildcards.variant}"].subset
    train = {k: v for k, v in result_part("train", CFG["train"]).items() if k != "kto"}
    return as_json(
        train=train | ({"tasks": SUBSET_TASKS[subset]} if subset else {}),
        seed=CFG["seed"],
    )


def launcher(wildcards, resources):
    """`python -m eft.cli` on CPU or one GPU; `accelerate launch` over the job's GPUs (train.accelerate)."""
    from eft.train.launch import launch_command

    try:
        words = launch_command(resources.gpu, CFG["train"]["accelerate"])
    except EftError as exc:
        raise WorkflowError(f"config error: {exc}") from None
    # the accelerate config relative to the checkout, so moving it does not change the job's params
    return " ".join(
        os.path.relpath(w, BASEDIR) if w.startswith(str(BASEDIR)) else w for w in words
    )


def served_runs(batch):
    """The batch's searches for `eft search served --runs` (their own work dirs: a served search never
    resumes an in-process one)."""

    def runs(wildcards):
        return json.dumps(
            [
                {
                    "task_dir": f"{R}/tasks/{task}",
                    "seed": seed,
                    "out_dir": f"{R}/eval/{task}/{wildcards.model}/seed{seed}",
                    "work_dir": f"{R}/work/eval_served/{task}/{wildcards.model}/seed{seed}",
                }
                for task, seed in batch
            ],
            sort_keys=True,
        )

    return runs


def curate_inputs():
    """The sources trajectories.source picks, and the tokenizer when Finch token lengths are recounted."""
    inputs = {}
    if TEACHER_BUILT:
        inputs["raw"] = rules.extract_trajectories.output[0]
    if FINCH_USED:
        inputs["finch"] = FINCH_PATH
    if FINCH_RECOUNT:
        inputs["tokenizer"] = TOKENIZER_DIR
    return inputs


def curate_args(wildcards, input):
    """--raw / --finch / --tokenizer for the inputs present."""
    return " ".join(
        f"--{key} {shlex.quote(str(input[key]))}"
        for key in ("raw", "finch", "tokenizer")
        if key in input.keys()
    )
