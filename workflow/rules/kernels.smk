# CUDA kernel timing: re-time the best kernel each model found on the held-out GPU tasks, on one card.
# Without a CUDA device the job records "skipped: no CUDA device" (never a zero).


rule retime_kernels:
    input:
        runs=expand(
            HELDOUT_SUMMARY,
            **(HELDOUT_RUNS | dict(task=GPU_HELDOUT_TASKS)),
        ),
        tasks=expand(rules.materialize_task.output, task=GPU_HELDOUT_TASKS),
    output:
        report(
            f"{R}/kernels/retime.json",
            caption="../report/retime.rst",
            category="Tables",
        ),
    log:
        f"{LOGS}/kernels/retime.log",
    benchmark:
        f"{BENCH}/kernels/retime.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=mem_mb(4000),
        runtime=runtime(30),
        gpu=1,
    params:
        cfg=as_json(**CFG["eval"]["kernel_timing"]),
        tasks_dir=f"{R}/tasks",
    shell:
        "eft kernels retime --runs {input.runs} --tasks-dir {params.tasks_dir} --cfg {params.cfg:q}"
        " --out {output} > {log} 2>&1"
