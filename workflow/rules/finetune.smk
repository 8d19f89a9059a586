# Fine-tuning: every variant of every base model (models.<id>.variants). SFT (sft, sft@SUBSET) trains the base
# on the curated improved trajectories (of the subset's tasks only); KTO (sft_kto) trains the SFT model further
# on improved (desirable) vs regressed (undesirable) ones. LoRA or full by train.method.


def sft_cfg(wildcards):
    """The train section and seed the SFT of this variant depends on (a subset adds its task list)."""
    subset = RUNS[f"{wildcards.base}.{wildcards.variant}"].subset
    train = result_part("train", CFG["train"])
    return as_json(
        train=train | {"tasks": SUBSET_TASKS[subset] if subset else None},
        seed=CFG["seed"],
    )


rule finetune:
    input:
        base=lambda w: base_model_dir(w.base),
        data=rules.curate_trajectories.output.curated,
    output:
        directory(f"{R}/model/{{base}}.{{variant}}"),
    log:
        f"{LOGS}/model/{{base}}.{{variant}}.log",
    benchmark:
        f"{BENCH}/model/{{base}}.{{variant}}.tsv"
    wildcard_constraints:
        variant=r"sft|sft@[a-z0-9_]+",
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=16000,
        runtime=240,
        gpu=model_gpus("train"),
    params:
        ops=OPS_FILE,
        cfg=sft_cfg,
        work=lambda w: f"{R}/work/model/{w.base}.{w.variant}",
    shell:
        "eft train sft --cfg {params.cfg:q} --ops {params.ops} --ops-key finetune"
        " --base {input.base} --data {input.data}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"


rule finetune_kto:
    input:
        sft=f"{R}/model/{{base}}.sft",
        data=rules.curate_trajectories.output.curated,
    output:
        directory(f"{R}/model/{{base}}.sft_kto"),
    log:
        f"{LOGS}/model/{{base}}.sft_kto.log",
    benchmark:
        f"{BENCH}/model/{{base}}.sft_kto.tsv"
    conda:
        ENV
    threads: 2
    resources:
        mem_mb=16000,
        runtime=240,
        gpu=model_gpus("train"),
    params:
        ops=OPS_FILE,
        cfg=as_json(train=result_part("train", CFG["train"]), seed=CFG["seed"]),
        work=lambda w: f"{R}/work/model/{w.base}.sft_kto",
    shell:
        "eft train kto --cfg {params.cfg:q} --ops {params.ops} --ops-key finetune"
        " --base {input.sft} --data {input.data}"
        " --out {output} --work-dir {params.work} > {log} 2>&1"
