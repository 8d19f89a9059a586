# Held-out evaluation: every run of the model grid (each base and its variants) as the frozen mutation
# operator, same budget and seeds.


HELDOUT_TRACE = f"{R}/eval/{{task}}/{{model}}/seed{{seed}}/trace.jsonl"
HELDOUT_SUMMARY = f"{R}/eval/{{task}}/{{model}}/seed{{seed}}/summary.json"
SERVING = CFG["eval"]["serving"]

if SERVING["kind"] == "inprocess":

    rule heldout_search:
        input:
            task=rules.materialize_task.output[0],
            model=lambda w: model_dir(w.model),
        output:
            trace=HELDOUT_TRACE,
            summary=HELDOUT_SUMMARY,
        log:
            f"{LOGS}/eval/{{task}}/{{model}}/seed{{seed}}.log",
        benchmark:
            f"{BENCH}/eval/{{task}}/{{model}}/seed{{seed}}.tsv"
        conda:
            ENV
        threads: 1
        resources:
            mem_mb=mem_mb(8000),
            runtime=runtime(240),
            gpu=model_gpus("eval"),
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

else:
    # eval.serving.kind server: the model is served (vLLM by default; eval.serving.command) inside one job that
    # runs a batch of its searches against it, eval.serving.searches_per_job at a time, so the server's
    # batching keeps the GPU busy. One rule per batch of (task, seed) pairs; the model is the wildcard.
    SERVED_PAIRS = [(t, s) for t in HELDOUT_TASKS for s in CFG["eval"]["seeds"]]
    SERVED_BATCHES = [
        SERVED_PAIRS[i : i + SERVING["searches_per_job"]]
        for i in range(0, len(SERVED_PAIRS), SERVING["searches_per_job"])
    ]

    for _i, _batch in enumerate(SERVED_BATCHES):

        rule:
            name:
                f"heldout_served_{_i}"
            input:
                tasks=[
                    f"{R}/tasks/{task}" for task in dict.fromkeys(t for t, _ in _batch)
                ],
                model=lambda w: model_dir(w.model),
            output:
                [
                    path
                    for task, seed in _batch
                    for path in (
                        HELDOUT_TRACE.replace("{task}", task).replace(
                            "{seed}", str(seed)
                        ),
                        HELDOUT_SUMMARY.replace("{task}", task).replace(
                            "{seed}", str(seed)
                        ),
                    )
                ],
            log:
                f"{LOGS}/eval/served/{{model}}.batch{_i}.log",
            benchmark:
                f"{BENCH}/eval/served/{{model}}.batch{_i}.tsv"
            conda:
                ENV
            threads: 2
            resources:
                mem_mb=mem_mb(16000),
                runtime=runtime(720),
                gpu=model_gpus("eval"),
                # generated rule names cannot be listed in the SLURM profile's set-resources
                slurm_partition=os.environ.get(
                    "EFT_SLURM_GPU_PARTITION", "$EFT_SLURM_GPU_PARTITION"
                ),
            params:
                ops=OPS_FILE,
                cfg=heldout_operator,
                name=lambda w: RUNS[w.model].name,
                strategy=CFG["eval"]["strategy"],
                runs=served_runs(_batch),
            shell:
                "eft search served --model {input.model} --model-name {params.name:q}"
                " --strategy {params.strategy} --runs {params.runs:q} --cfg {params.cfg:q}"
                " --ops {params.ops} --ops-key heldout_served --record-task-failure > {log} 2>&1"


HELDOUT_RUNS = dict(task=HELDOUT_TASKS, model=list(RUNS), seed=CFG["eval"]["seeds"])


rule retime_heldout:
    input:
        runs=lambda w: expand(HELDOUT_SUMMARY, **(HELDOUT_RUNS | dict(task=[w.task]))),
        task=rules.materialize_task.output[0],
    output:
        f"{R}/tables/retime/{{task}}.json",
    log:
        f"{LOGS}/tables/retime/{{task}}.log",
    benchmark:
        f"{BENCH}/tables/retime/{{task}}.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=mem_mb(8000),
        runtime=runtime(60),
    params:
        cfg=as_json(**CFG["eval"]["retiming"]),
        work=lambda w: f"{R}/work/retime/{w.task}",
    shell:
        "eft eval retime --task-dir {input.task} --runs {input.runs} --cfg {params.cfg:q}"
        " --work-dir {params.work} --out {output} > {log} 2>&1"


rule main_table:
    input:
        runs=expand(HELDOUT_SUMMARY, **HELDOUT_RUNS),
        traces=expand(HELDOUT_TRACE, **HELDOUT_RUNS),
        retimed=expand(rules.retime_heldout.output, task=TIMED_HELDOUT_TASKS),
    output:
        csv=report(
            f"{R}/tables/main.csv",
            caption="../report/main_table.rst",
            category="Tables",
        ),
        md=f"{R}/tables/main.md",
        tex=f"{R}/tables/main.tex",
        frontier_cs_csv=report(
            f"{R}/tables/frontier_cs.csv",
            caption="../report/frontier_cs_table.rst",
            category="Tables",
        ),
        frontier_cs_md=f"{R}/tables/frontier_cs.md",
        frontier_cs_tex=f"{R}/tables/frontier_cs.tex",
        algotune_csv=report(
            f"{R}/tables/algotune.csv",
            caption="../report/algotune_table.rst",
            category="Tables",
        ),
        algotune_md=f"{R}/tables/algotune.md",
        algotune_tex=f"{R}/tables/algotune.tex",
        curves=f"{R}/tables/curves.csv",
        grid=f"{R}/tables/grid.csv",
        rates=f"{R}/tables/edit_rates.csv",
        ci=f"{R}/tables/avg_delta_ci.csv",
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
            models=[
                [run.name, run.base_name, run.variant or "", run_train_tasks(run)]
                for run in RUNS.values()
            ],
            bootstrap=CFG["eval"]["bootstrap"]
            | {"seed": derive_seed("bootstrap", CFG["seed"])},
        ),
        out=lambda w, output: str(Path(output.csv).parent),
    shell:
        "eft eval table --runs {input.runs} --traces {input.traces} --retimed {input.retimed} --cfg {params.cfg:q}"
        " --tables-dir {params.out} --curves {output.curves} --rates {output.rates} > {log} 2>&1"
