# EFT reproduction: tasks -> teacher search -> trajectories -> fine-tuning -> held-out evaluation -> tables/figures.
# Choose the experiment and overrides on the command line:
#   snakemake --cores 2 --config experiment=micro overrides='[search.iterations=4]'
from snakemake.utils import min_version

min_version("9.0")


report: "workflow/report/workflow.rst"


envvars:
    "PATH",


include: "workflow/rules/common.smk"
include: "workflow/rules/cluster.smk"
include: "workflow/rules/config.smk"
include: "workflow/rules/tasks.smk"
include: "workflow/rules/search.smk"
include: "workflow/rules/model.smk"
include: "workflow/rules/trajectories.smk"
include: "workflow/rules/finetune.smk"
include: "workflow/rules/evaluate.smk"
include: "workflow/rules/kernels.smk"
include: "workflow/rules/figures.smk"


rule all:
    default_target: True
    input:
        rules.resolved_config.output,
        rules.task_manifest.output,
        rules.teacher_runs_table.output if TEACHER_BUILT else [],
        rules.main_table.output,
        [getattr(rules, f"figure_{fig}").output for fig in FIGURES],
        rules.retime_kernels.output if GPU_HELDOUT_TASKS else [],
