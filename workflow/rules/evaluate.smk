# Held-out evaluation: the base and the fine-tuned model as the frozen mutation operator, same budget and seeds.


rule heldout_search:
    input:
        task=rules.materialize_task.output[0],
        model=lambda w: MODEL_DIRS[w.model],
    output:
        trace=f"{R}/eval/{{task}}/{{model}}/seed{{seed}}/trace.jsonl",
        summary=f"{R}/eval/{{task}}/{{model}}/seed{{seed}}/summary.json",
    log:
        f"{LOGS}/eval/{{task}}/{{model}}/seed{{seed}}.log",
    benchmark:
        f"{BENCH}/eval/{{task}}/{{model}}/seed{{seed}}.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=8000,
        runtime=240,
        gpu=MODEL_GPUS,
    params:
        ops=OPS_FILE,
        cfg=heldout_operator,
        strategy=CFG["eval"]["strategy"],
        work=lambda w: f"{R}/work/eval/{w.task}/{w.model}/seed{w.seed}",
        out=lambda w, output: str(Path(output.summary).parent),
    shell:
        "eft search run --task-dir {input.task} --strategy {params.strategy} --seed {wildcards.seed}"
        " --cfg {params.cfg:q} --ops {params.ops} --ops-key heldout_search --model {input.model}"
        " --work-dir {params.work}"
        " --out-dir {params.out} --record-task-failure > {log} 2>&1"


HELDOUT_RUNS = dict(
    task=HELDOUT_TASKS, model=list(MODEL_DIRS), seed=CFG["eval"]["seeds"]
)


rule main_table:
    input:
        expand(rules.heldout_search.output.summary, **HELDOUT_RUNS),
    output:
        csv=report(
            f"{R}/tables/main.csv",
            caption="../report/main_table.rst",
            category="Tables",
        ),
        md=f"{R}/tables/main.md",
        tex=f"{R}/tables/main.tex",
        curves=f"{R}/tables/curves.csv",
    log:
        f"{LOGS}/tables/main.log",
    benchmark:
        f"{BENCH}/tables/main.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        cfg=as_json(
            base_model=MODEL_NAMES["base"], finetuned_model=MODEL_NAMES["finetuned"]
        ),
    shell:
        "eft eval table --runs {input} --cfg {params.cfg:q} --csv {output.csv} --md {output.md}"
        " --tex {output.tex} --curves {output.curves} > {log} 2>&1"
