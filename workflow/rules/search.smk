# Baseline (teacher) search: OpenEvolve on every training task, under each strategy and seed.


rule teacher_search:
    input:
        task=rules.materialize_task.output[0],
    output:
        trace=f"{R}/search/{{task}}/{{strategy}}/seed{{seed}}/trace.jsonl",
        summary=f"{R}/search/{{task}}/{{strategy}}/seed{{seed}}/summary.json",
    log:
        f"{LOGS}/search/{{task}}/{{strategy}}/seed{{seed}}.log",
    benchmark:
        f"{BENCH}/search/{{task}}/{{strategy}}/seed{{seed}}.tsv"
    # the chain to fine-tuning (pretraining 30; teacher searches, curation, SFT 20) goes first, so the base
    # model's held-out searches (0) fill idle cores instead of delaying SFT
    priority: 20
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=mem_mb(4000),
        runtime=runtime(120),
    params:
        ops=OPS_FILE,
        cfg=as_json(
            search=search_result_keys(),
            operator=result_part("search.operator", CFG["search"]["operator"]),
            seed=CFG["seed"],
        ),
        work=lambda w: f"{R}/work/search/{w.task}/{w.strategy}/seed{w.seed}",
        out=lambda w, output: str(Path(output.summary).parent),
    shell:
        "eft search run --task-dir {input.task} --strategy {wildcards.strategy} --seed {wildcards.seed}"
        " --cfg {params.cfg:q} --ops {params.ops} --ops-key teacher_search"
        " --work-dir {params.work} --out-dir {params.out}"
        " --record-task-failure > {log} 2>&1"


TEACHER_RUNS = dict(
    task=TRAIN_TASKS, strategy=CFG["search"]["strategies"], seed=CFG["search"]["seeds"]
)


rule teacher_runs_table:
    input:
        expand(rules.teacher_search.output.summary, **TEACHER_RUNS),
    output:
        report(
            f"{R}/tables/teacher_runs.csv",
            caption="../report/teacher_runs.rst",
            category="Tables",
        ),
    log:
        f"{LOGS}/tables/teacher_runs.log",
    benchmark:
        f"{BENCH}/tables/teacher_runs.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=10,
    shell:
        "eft search table --runs {input} --out {output} > {log} 2>&1"
