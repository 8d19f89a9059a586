# Base models built inside the DAG (models.<id>.kind tiny): tokenizer on a deterministic corpus, then a tiny
# causal LM. Kinds gguf and package are imported into a Hugging Face folder (dequantized, with tokenizer and
# chat template); a base of kind hf is a local folder (models.<id>.path) and needs no rule.


if IMPORTED_BASES:

    rule base_model_import:
        input:
            lambda w: import_input(w.base),
        output:
            directory(f"{R}/model/{{base}}"),
        log:
            f"{LOGS}/model/{{base}}.import.log",
        benchmark:
            f"{BENCH}/model/{{base}}.import.tsv"
        wildcard_constraints:
            base="|".join(IMPORTED_BASES),
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=mem_mb(8000),
            runtime=runtime(30),
        params:
            source=lambda w: as_json(**import_source(w.base)),
        shell:
            "eft model import --source {params.source:q} --out {output} > {log} 2>&1"


if TINY_BASES:

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
            corpus=f"{R}/model/{{base}}.corpus.txt",
            tokenizer=directory(f"{R}/model/{{base}}.tokenizer"),
        log:
            f"{LOGS}/model/{{base}}.tokenizer.log",
        benchmark:
            f"{BENCH}/model/{{base}}.tokenizer.tsv"
        wildcard_constraints:
            base="|".join(TINY_BASES),
        priority: 30
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=mem_mb(4000),
            runtime=runtime(15),
        params:
            cfg=lambda w: as_json(
                tokenizer=BASES[w.base]["tokenizer"], seed=CFG["seed"]
            ),
        shell:
            "eft train tokenizer --cfg {params.cfg:q} --task-programs {input.programs}"
            " --corpus-out {output.corpus} --out {output.tokenizer} > {log} 2>&1"

    rule base_pretrain:
        input:
            tokenizer=rules.base_tokenizer.output.tokenizer,
            corpus=rules.base_tokenizer.output.corpus,
        output:
            directory(f"{R}/model/{{base}}"),
        log:
            f"{LOGS}/model/{{base}}.pretrain.log",
        benchmark:
            f"{BENCH}/model/{{base}}.pretrain.tsv"
        wildcard_constraints:
            base="|".join(TINY_BASES),
        priority: 30
        conda:
            ENV
        threads: 2
        resources:
            mem_mb=mem_mb(8000),
            runtime=runtime(120),
        params:
            cfg=lambda w: as_json(
                name=BASES[w.base]["name"],
                arch=BASES[w.base]["arch"],
                pretrain=result_part(
                    f"models.{w.base}.pretrain", BASES[w.base]["pretrain"]
                ),
                seed=CFG["seed"],
            ),
            work=lambda w: f"{R}/work/model/{w.base}",
            ops=OPS_FILE,
        shell:
            "eft train pretrain --cfg {params.cfg:q} --ops {params.ops} --ops-key base_pretrain.{wildcards.base}"
            " --tokenizer {input.tokenizer} --corpus {input.corpus} --out {output}"
            " --work-dir {params.work} > {log} 2>&1"
