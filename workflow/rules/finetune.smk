# Fine-tuning: SFT of the base model on the curated (improved) trajectories; LoRA by default, full by config.


rule finetune:
    input:
        base=BASE_MODEL_DIR,
        data=rules.curate_trajectories.output.curated,
    output:
        directory(FINETUNED_MODEL_DIR),
    log:
        f"{LOGS}/model/finetune.log",
    benchmark:
        f"{BENCH}/model/finetune.tsv"
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=16000,
        runtime=240,
        gpu=MODEL_GPUS,
    params:
        ops=OPS_FILE,
        cfg=as_json(train=result_part("train", CFG["train"]), seed=CFG["seed"]),
        work=f"{R}/work/model/finetuned",
    shell:
        "eft train sft --cfg {params.cfg:q} --ops {params.ops} --ops-key finetune"
        " --base {input.base} --data {input.data}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"
