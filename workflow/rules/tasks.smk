# Task generation: copy each selected task folder and materialize its data deterministically from seeds.


rule materialize_task:
    input:
        task_source_files,
    output:
        directory(f"{R}/tasks/{{task}}"),
    log:
        f"{LOGS}/tasks/{{task}}.log",
    benchmark:
        f"{BENCH}/tasks/{{task}}.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=mem_mb(2000),
        runtime=runtime(10),
    params:
        cfg=as_json(seed=CFG["seed"]),
        tasks_dir="tasks",  # this checkout's task suite (as task_source_files), not the installed package's
    shell:
        "eft tasks --tasks-dir {params.tasks_dir} materialize --task {wildcards.task} --cfg {params.cfg:q}"
        " --out-dir {output} > {log} 2>&1"


rule task_manifest:
    input:
        expand(rules.materialize_task.output, task=sorted(TASKS)),
    output:
        f"{R}/tasks/manifest.json",
    log:
        f"{LOGS}/tasks/manifest.log",
    benchmark:
        f"{BENCH}/tasks/manifest.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=5,
    shell:
        "eft tasks manifest --task-dirs {input} --out {output} > {log} 2>&1"


rule task_suite_stats:
    input:
        # every task.yaml of the suite, selected or not: the task-distribution figure draws the whole suite
        sorted(str(p) for p in Path("tasks").glob("*/task.yaml")),
    output:
        f"{R}/tasks/suite.json",
    log:
        f"{LOGS}/tasks/suite.log",
    benchmark:
        f"{BENCH}/tasks/suite.tsv"
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=5,
    params:
        tasks_dir=lambda w, input: str(Path(input[0]).parent.parent),
    shell:
        "eft tasks --tasks-dir {params.tasks_dir} stats --out {output} > {log} 2>&1"
