# Running on a cluster (docs/SLURM.md): resource requests that grow with each retry, the rules that run on the
# submitting node instead of being submitted, and the check that account and partitions were given.
from eft.figures import FIGURES

# Each retry (Snakemake's `attempt` is 1 on the first try) multiplies memory and runtime by this factor, so a
# job killed for running out of either comes back with more instead of failing the same way again.
RETRY_GROWTH = 2


def mem_mb(base):
    """Memory request in MB: `base` on the first attempt, RETRY_GROWTH times more on each retry."""
    return lambda wildcards, attempt: int(base * RETRY_GROWTH ** (attempt - 1))


def runtime(base):
    """Runtime request in minutes: `base` on the first attempt, RETRY_GROWTH times more on each retry."""
    return lambda wildcards, attempt: int(base * RETRY_GROWTH ** (attempt - 1))


# Aggregation, table and figure rules read small files and take seconds: a cluster job would spend longer
# waiting in the queue than running, so they run where Snakemake runs.
localrules:
    resolved_config,
    task_manifest,
    task_suite_stats,
    teacher_runs_table,
    main_table,


workflow.localrules(*(f"figure_{fig}" for fig in FIGURES))

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
                    f"SLURM needs {key} (rule {job.rule.name}): export {var} or set it under "
                    f"default-resources in workflow/profiles/slurm/config.yaml (docs/SLURM.md)"
                )


def _slurm_logs_under_results():
    """SLURM's job logs go to results/<experiment>/logs/slurm/ unless --slurm-logdir names a
    folder. The plugin fixes its log folder before onstart runs, so its executor is told
    directly."""
    executor = getattr(getattr(workflow, "scheduler", None), "_executor", None)
    if workflow.executor_settings.logdir is None and executor is not None:
        executor.slurm_logdir = Path(LOGS, "slurm").resolve()


onstart:
    if _on_slurm():
        _check_slurm_settings()
        _slurm_logs_under_results()
