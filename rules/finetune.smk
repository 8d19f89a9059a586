# Fine-tuning: SFT of the base model on the curated (improved) trajectories; LoRA by default, full by config.


rule finetune:
    input:
        base=BASE_MODEL_DIR,
        data=f"{R}/trajectories/curated.parquet",
    output:
        directory(FINETUNED_MODEL_DIR),
    params:
        cfg=cfg_json(train=CFG["train"], seed=CFG["seed"]),
        work=f"{R}/work/model/finetuned",
    log:
        f"{LOGS}/model/finetune.log",
    benchmark:
        f"{BENCH}/model/finetune.tsv"
    threads: 2
    resources:
        mem_mb=16000,
        runtime=240,
        gpu=MODEL_GPUS,
    conda:
        ENV
    shell:
        "eft train sft --cfg {params.cfg:q} --base {input.base} --data {input.data} --out {output}"
        " --work-dir {params.work} > {log} 2>&1"
