# Fine-tuning: every variant of every base model (models.<id>.variants). SFT (sft, sft@SUBSET) trains the base
# on the curated improved trajectories (of the subset's tasks only); KTO (sft_kto) trains the SFT model further
# on improved (desirable) vs regressed (undesirable) ones. LoRA or full by train.method.


def sft_cfg(wildcards):
    """The train section and seed the SFT of this variant depends on (a subset adds its task list)."""
    subset = RUNS[f"{wildcards.base}.{wildcards.variant}"].subset
    train = {k: v for k, v in result_part("train", CFG["train"]).items() if k != "kto"}
    return as_json(
        train=train | ({"tasks": SUBSET_TASKS[subset]} if subset else {}),
        seed=CFG["seed"],
    )


def launcher(wildcards, resources):
    """`python -m eft.cli` on CPU or one GPU; `accelerate launch` over the job's GPUs (train.accelerate)."""
    from eft.train.runner import launch_command

    try:
        words = launch_command(resources.gpu, CFG["train"]["accelerate"])
    except EftError as exc:
        raise WorkflowError(f"config error: {exc}") from None
    # the accelerate config relative to the checkout, so moving it does not change the job's params
    return " ".join(
        os.path.relpath(w, BASEDIR) if w.startswith(str(BASEDIR)) else w for w in words
    )


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
