# CUDA kernel timing: re-time the best kernel each model found on the held-out GPU tasks.
# Without a CUDA device the job records "skipped: no CUDA device" (never a zero).


rule retime_kernels:
    input:
        expand(
            f"{R}/eval/{{task}}/{{model}}/seed{{seed}}/summary.json",
            task=GPU_HELDOUT_TASKS,
            model=list(MODEL_DIRS),
            seed=CFG["eval"]["seeds"],
        ),
    output:
        report(f"{R}/kernels/retime.json", caption="../workflow/report/retime.rst", category="Tables"),
    params:
        cfg=cfg_json(**CFG["eval"]["kernel_timing"]),
    log:
        f"{LOGS}/kernels/retime.log",
    benchmark:
        f"{BENCH}/kernels/retime.tsv"
    threads: 1
    resources:
        mem_mb=4000,
        runtime=30,
        gpu=1,
    conda:
        ENV
    shell:
        "eft kernels retime --runs {input} --cfg {params.cfg:q} --out {output} > {log} 2>&1"
