# The resolved experiment config, written next to the results, and the operational settings each job reads
# (eft.config.keys.job_settings). Its params are the whole config, so both files always say what ran. Jobs
# take operational.json as an `ancient` input: they read it when they run, but rewriting it reruns nothing.


rule resolved_config:
    output:
        config=f"{R}/config.yaml",
        ops=f"{R}/operational.json",
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
        "eft config write --experiment {params.experiment} --out {output.config} --ops-out {output.ops}"
        " {params.overrides:q} > {log} 2>&1"
