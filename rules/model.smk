# Default base model, built inside the DAG: tokenizer on a deterministic corpus, then a tiny causal LM.
# Skipped when model.kind is `hf` (a real base model from a local directory).


rule base_tokenizer:
    input:
        programs=[str(TASKS[t].initial_program.relative_to(BASEDIR)) for t in TRAIN_TASKS],
    output:
        corpus=f"{R}/model/corpus.txt",
        tokenizer=directory(f"{R}/model/tokenizer"),
    params:
        cfg=cfg_json(tokenizer=CFG["model"]["tokenizer"], seed=CFG["seed"]),
    log:
        f"{LOGS}/model/tokenizer.log",
    benchmark:
        f"{BENCH}/model/tokenizer.tsv"
    threads: 2
    resources:
        mem_mb=4000,
        runtime=15,
    conda:
        ENV
    shell:
        "eft train tokenizer --cfg {params.cfg:q} --task-programs {input.programs}"
        " --corpus-out {output.corpus} --out {output.tokenizer} > {log} 2>&1"


rule base_pretrain:
    input:
        tokenizer=f"{R}/model/tokenizer",
        corpus=f"{R}/model/corpus.txt",
    output:
        directory(f"{R}/model/base"),
    params:
        cfg=cfg_json(name=CFG["model"]["name"], arch=CFG["model"]["arch"], pretrain=CFG["model"]["pretrain"], seed=CFG["seed"]),
        work=f"{R}/work/model/base",
    log:
        f"{LOGS}/model/pretrain.log",
    benchmark:
        f"{BENCH}/model/pretrain.tsv"
    threads: 2
    resources:
        mem_mb=8000,
        runtime=120,
    conda:
        ENV
    shell:
        "eft train pretrain --cfg {params.cfg:q} --tokenizer {input.tokenizer} --corpus {input.corpus}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"
