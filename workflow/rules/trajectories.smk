# Trajectory extraction (trace -> Finch 25-column parquet), then filtering and labeling.


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
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=8000,
        runtime=60,
    shell:
        "eft trajectories extract --summaries {input.summaries} --traces {input.traces}"
        " --tokenizer {input.tokenizer} --out {output} > {log} 2>&1"


rule curate_trajectories:
    input:
        rules.extract_trajectories.output,
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
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=8000,
        runtime=30,
    params:
        cfg=as_json(**CFG["trajectories"]),
    shell:
        "eft trajectories curate --raw {input} --cfg {params.cfg:q} --out {output.curated}"
        " --stats {output.stats} > {log} 2>&1"
