# The resolved experiment config, written next to the results.


rule resolved_config:
    output:
        f"{R}/config.yaml",
    params:
        experiment=config.get("experiment", "mini"),
        overrides=parse_overrides(config.get("overrides")),
        resolved=cfg_json(**CFG),
    log:
        f"{LOGS}/config.log",
    benchmark:
        f"{BENCH}/config.tsv"
    resources:
        mem_mb=500,
        runtime=5,
    conda:
        ENV
    shell:
        "eft config write --experiment {params.experiment} --out {output} {params.overrides:q} > {log} 2>&1"
