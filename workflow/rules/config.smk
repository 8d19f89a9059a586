# The resolved experiment config, written next to the results: every result key, so the file says what the
# results were computed with (the operational keys are in operational.json, see common.smk). Nothing depends on
# it, so rewriting it reruns no other job, and an operational change reruns nothing at all.


rule resolved_config:
    output:
        f"{R}/config.yaml",
    log:
        f"{LOGS}/config.log",
    benchmark:
        f"{BENCH}/config.tsv"
    conda:
        ENV
    resources:
        mem_mb=500,
        runtime=5,
    params:
        cfg=as_json(**result_config(CFG)),
    shell:
        "eft config record --cfg {params.cfg:q} --out {output} > {log} 2>&1"
