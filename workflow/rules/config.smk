# The resolved experiment config, written next to the results. Its params are the whole config (operational
# keys too) so the file always says what ran; nothing depends on it, so rewriting it reruns no other job.


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
        experiment=config.get("experiment", "mini"),
        overrides=parse_overrides(config.get("overrides")),
        resolved=as_json(**CFG),
    shell:
        "eft config write --experiment {params.experiment} --out {output}"
        " {params.overrides:q} > {log} 2>&1"
