# Trajectories: our teacher searches' traces -> raw Finch 25-column parquet (extract_trajectories), and/or the
# published Finch Collection (trajectories.source: teacher | finch | both); curate_trajectories filters, labels
# and sorts them into the one curated parquet that fine-tuning reads. Both jobs stream (bounded memory at any
# size). With source finch no teacher search is built: TEACHER_BUILT tells the rules that list teacher outputs.
import shlex

TRAJ = CFG["trajectories"]
TEACHER_BUILT = TRAJ["source"] in ("teacher", "both")
FINCH_USED = TRAJ["source"] in ("finch", "both")
FINCH_PATH = TRAJ["finch"]["path"]
# Finch token lengths recounted with the base model's tokenizer (the DAG builds it for kind tiny)
FINCH_RECOUNT = FINCH_USED and TRAJ["finch"]["token_lengths"] == "recount"
if FINCH_USED and FINCH_PATH is None:
    raise WorkflowError(
        f"config error: trajectories.source is {TRAJ['source']} but trajectories.finch.path is null"
    )
if FINCH_USED and not Path(FINCH_PATH).exists():
    raise WorkflowError(
        f"config error: trajectories.finch.path {FINCH_PATH}: no such parquet file or folder"
    )


if TEACHER_BUILT:

    rule extract_trajectories:
        input:
            summaries=expand(rules.teacher_search.output.summary, **TEACHER_RUNS),
            traces=expand(rules.teacher_search.output.trace, **TEACHER_RUNS),
            tokenizer=TOKENIZER_DIR,
        output:
            f"{R}/trajectories/raw.parquet",
        log:
            f"{LOGS}/trajectories/extract.log",
        benchmark:
            f"{BENCH}/trajectories/extract.tsv"
        priority: 20
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=mem_mb(4000),
            runtime=runtime(60),
        shell:
            "eft trajectories extract --summaries {input.summaries} --traces {input.traces}"
            " --tokenizer {input.tokenizer} --out {output} > {log} 2>&1"


# The filters' settings, plus the Finch row selection only when the collection is read (so a teacher-only
# run's params, and its outputs, do not change with the finch keys).
CURATE_CFG = {k: TRAJ[k] for k in ("max_input_tokens", "drop_unrecoverable")}
if FINCH_USED:
    CURATE_CFG.update(
        {k: TRAJ["finch"][k] for k in ("domains", "exclude_domains", "tasks")}
    )


rule curate_trajectories:
    input:
        **curate_inputs(),
    output:
        curated=report(
            f"{R}/trajectories/curated.parquet",
            caption="../report/curated.rst",
            category="Trajectories",
        ),
        stats=f"{R}/trajectories/stats.json",
    log:
        f"{LOGS}/trajectories/curate.log",
    benchmark:
        f"{BENCH}/trajectories/curate.tsv"
    priority: 20
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=mem_mb(4000),
        runtime=runtime(120 if FINCH_USED else 30),
    params:
        cfg=as_json(**CURATE_CFG),
        args=curate_args,
    shell:
        "eft trajectories curate {params.args} --cfg {params.cfg:q} --out {output.curated}"
        " --stats {output.stats} > {log} 2>&1"


# The contract with the fine-tuning and figure rules: what they read, whichever source produced it.
CURATED_TRAJECTORIES = rules.curate_trajectories.output.curated
TRAJECTORY_STATS = rules.curate_trajectories.output.stats
