# Baseline (teacher) search: OpenEvolve on every training task, under each strategy and seed.


rule teacher_search:
    input:
        task=f"{R}/tasks/{{task}}",
    output:
        trace=f"{R}/search/{{task}}/{{strategy}}/seed{{seed}}/trace.jsonl",
        summary=f"{R}/search/{{task}}/{{strategy}}/seed{{seed}}/summary.json",
    params:
        cfg=teacher_search_cfg(),
        work=lambda w: f"{R}/work/search/{w.task}/{w.strategy}/seed{w.seed}",
        out=lambda w, output: str(Path(output.summary).parent),
    log:
        f"{LOGS}/search/{{task}}/{{strategy}}/seed{{seed}}.log",
    benchmark:
        f"{BENCH}/search/{{task}}/{{strategy}}/seed{{seed}}.tsv"
    threads: 1
    resources:
        mem_mb=4000,
        runtime=120,
    conda:
        ENV
    shell:
        "eft search run --task-dir {input.task} --strategy {wildcards.strategy} --seed {wildcards.seed}"
        " --cfg {params.cfg:q} --work-dir {params.work} --out-dir {params.out} --record-task-failure > {log} 2>&1"


TEACHER_SUMMARIES = expand(
    f"{R}/search/{{task}}/{{strategy}}/seed{{seed}}/summary.json",
    task=TRAIN_TASKS,
    strategy=CFG["search"]["strategies"],
    seed=CFG["search"]["seeds"],
)


rule teacher_runs_table:
    input:
        TEACHER_SUMMARIES,
    output:
        report(f"{R}/tables/teacher_runs.csv", caption="../workflow/report/teacher_runs.rst", category="Tables"),
    log:
        f"{LOGS}/tables/teacher_runs.log",
    benchmark:
        f"{BENCH}/tables/teacher_runs.tsv"
    threads: 1
    resources:
        mem_mb=1000,
        runtime=10,
    conda:
        ENV
    shell:
        "eft search table --runs {input} --out {output} > {log} 2>&1"
