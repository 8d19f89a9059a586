# Running on a cluster (docs/SLURM.md): resource requests that grow with each retry, the rules that run on the
# submitting node instead of being submitted, and the check that account and partitions were given.
from eft.figures import FIGURES


# Aggregation, table and figure rules read small files and take seconds: a cluster job would spend longer
# waiting in the queue than running, so they run where Snakemake runs.
localrules:
    resolved_config,
    task_manifest,
    task_suite_stats,
    teacher_runs_table,
    main_table,


workflow.localrules(*(f"figure_{fig}" for fig in FIGURES))


onstart:
    if _on_slurm():
        _check_slurm_settings()
        _slurm_logs_under_results()
