# Default base model, built inside the DAG: tokenizer on a deterministic corpus, then a tiny causal LM.
# Only for model.kind tiny; with kind hf, model.path is a local folder and these rules never run.

if TINY_BASE:

    rule base_tokenizer:
        input:
            # each seed program once (family members share their family's)
            programs=list(
                dict.fromkeys(
                    str(
                        TASKS[t]
                        .source_file(TASKS[t].initial_program.name)
                        .relative_to(BASEDIR)
                    )
                    for t in TRAIN_TASKS
                )
            ),
        output:
            corpus=f"{R}/model/corpus.txt",
            tokenizer=directory(TOKENIZER_DIR),
        log:
            f"{LOGS}/model/tokenizer.log",
        benchmark:
            f"{BENCH}/model/tokenizer.tsv"
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=4000,
            runtime=15,
        params:
            cfg=as_json(tokenizer=CFG["model"]["tokenizer"], seed=CFG["seed"]),
        shell:
            "eft train tokenizer --cfg {params.cfg:q} --task-programs {input.programs}"
            " --corpus-out {output.corpus} --out {output.tokenizer} > {log} 2>&1"

    rule base_pretrain:
        input:
            tokenizer=rules.base_tokenizer.output.tokenizer,
            corpus=rules.base_tokenizer.output.corpus,
        output:
            directory(BASE_MODEL_DIR),
        log:
            f"{LOGS}/model/pretrain.log",
        benchmark:
            f"{BENCH}/model/pretrain.tsv"
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=8000,
            runtime=120,
        params:
            cfg=as_json(
                name=CFG["model"]["name"],
                arch=CFG["model"]["arch"],
                pretrain=result_part("model.pretrain", CFG["model"]["pretrain"]),
                seed=CFG["seed"],
            ),
            work=f"{R}/work/model/base",
            ops=OPS_FILE,
        shell:
            "eft train pretrain --cfg {params.cfg:q} --ops {params.ops} --ops-key base_pretrain"
            " --tokenizer {input.tokenizer} --corpus {input.corpus} --out {output}"
            " --work-dir {params.work} > {log} 2>&1"
