# Fine-tuning: every variant of every base model (models.<id>.variants). SFT (sft, sft@SUBSET) trains the base
# on the curated improved trajectories (of the subset's tasks only); KTO (sft_kto) trains the SFT model further
# on improved (desirable) vs regressed (undesirable) ones. LoRA or full by train.method.


rule finetune:
    input:
        base=lambda w: base_model_dir(w.base),
        data=CURATED_TRAJECTORIES,
    output:
        directory(f"{R}/model/{{base}}.{{variant}}"),
    log:
        f"{LOGS}/model/{{base}}.{{variant}}.log",
    benchmark:
        f"{BENCH}/model/{{base}}.{{variant}}.tsv"
    wildcard_constraints:
        variant=r"sft|sft@[a-z0-9_]+",
    priority: 20
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=mem_mb(16000),
        runtime=runtime(240),
        gpu=model_gpus("train"),
    params:
        ops=OPS_FILE,
        cfg=sft_cfg,
        launch=launcher,
        work=lambda w: f"{R}/work/model/{w.base}.{w.variant}",
    shell:
        "{params.launch} train sft --cfg {params.cfg:q} --ops {params.ops} --ops-key finetune"
        " --base {input.base} --data {input.data}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"


rule finetune_kto:
    input:
        sft=f"{R}/model/{{base}}.sft",
        data=CURATED_TRAJECTORIES,
    output:
        directory(f"{R}/model/{{base}}.sft_kto"),
    log:
        f"{LOGS}/model/{{base}}.sft_kto.log",
    benchmark:
        f"{BENCH}/model/{{base}}.sft_kto.tsv"
    priority: 20
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=mem_mb(16000),
        runtime=runtime(240),
        gpu=model_gpus("train"),
    params:
        ops=OPS_FILE,
        cfg=as_json(train=result_part("train", CFG["train"]), seed=CFG["seed"]),
        launch=launcher,
        work=lambda w: f"{R}/work/model/{w.base}.sft_kto",
    shell:
        "{params.launch} train kto --cfg {params.cfg:q} --ops {params.ops} --ops-key finetune_kto"
        " --base {input.sft} --data {input.data}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"
