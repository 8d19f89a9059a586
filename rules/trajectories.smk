# Trajectory extraction (trace -> Finch 25-column parquet), then filtering and labeling.


rule extract_trajectories:
    input:
        summaries=TEACHER_SUMMARIES,
        tokenizer=TOKENIZER_DIR,
    output:
        f"{R}/trajectories/raw.parquet",
    log:
        f"{LOGS}/trajectories/extract.log",
    benchmark:
        f"{BENCH}/trajectories/extract.tsv"
    threads: 1
    resources:
        mem_mb=8000,
        runtime=60,
    conda:
        ENV
    shell:
        "eft trajectories extract --runs {input.summaries} --tokenizer {input.tokenizer} --out {output} > {log} 2>&1"


rule curate_trajectories:
    input:
        f"{R}/trajectories/raw.parquet",
    output:
        curated=report(
            f"{R}/trajectories/curated.parquet",
            caption="../workflow/report/curated.rst",
            category="Trajectories",
        ),
        stats=f"{R}/trajectories/stats.json",
    params:
        cfg=cfg_json(**CFG["trajectories"]),
    log:
        f"{LOGS}/trajectories/curate.log",
    benchmark:
        f"{BENCH}/trajectories/curate.tsv"
    threads: 1
    resources:
        mem_mb=8000,
        runtime=30,
    conda:
        ENV
    shell:
        "eft trajectories curate --raw {input} --cfg {params.cfg:q} --out {output.curated}"
        " --stats {output.stats} > {log} 2>&1"
