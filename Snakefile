# EFT reproduction: tasks -> teacher search -> trajectories -> fine-tuning -> held-out evaluation -> tables/figures.
# Choose the experiment and overrides on the command line:
#   snakemake --cores 2 --config experiment=micro overrides='[search.iterations=4]'
from snakemake.utils import min_version

min_version("9.0")

report: "workflow/report/workflow.rst"


envvars:
    "PATH",


include: "rules/common.smk"
include: "rules/config.smk"
include: "rules/tasks.smk"
include: "rules/search.smk"
include: "rules/model.smk"
include: "rules/trajectories.smk"
include: "rules/finetune.smk"
include: "rules/evaluate.smk"
include: "rules/kernels.smk"
include: "rules/figures.smk"


rule all:
    input:
        final_outputs(),
    default_target: True
