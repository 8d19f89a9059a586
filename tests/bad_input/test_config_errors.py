"""Bad experiment configs, through `eft config show` (the same `eft.config.load_config` the Snakefile uses)."""
import pytest


@pytest.mark.parametrize(("argv", "line"), [
    (["--experiment", "nope"], "unknown experiment 'nope'; available: micro, mini, paper, small"),
    (["search.nope=1"], "unknown config key 'search.nope'"),
    (["+search.nope=1"], "unknown config key 'search.nope'"),
    (["operator=nope"], "bad override: In 'config': Could not find 'operator/nope'; available: hf, offline, openai"),
    (["search.iterations=abc"], "bad value for config key 'search.iterations': 'abc' is not of type 'integer'"),
    (["operator=openai", "search.operator.endpoint.retries=true"],
     "bad value for config key 'search.operator.endpoint.retries': True is not of type 'integer'"),
    (["train.lora.dropout=2"], "bad value for config key 'train.lora.dropout': 2 is greater than the maximum of 1"),
    (["operator=openai", "search.operator.endpoint.retry_backoff_s=-1"],
     "bad value for config key 'search.operator.endpoint.retry_backoff_s': -1 is less than the minimum of 0"),
    (["search.strategies=[diff,rewrite]"],
     "bad value for config key 'search.strategies.1': 'rewrite' is not one of ['diff', 'full_rewrite']"),
    (["operator=hf", "+search.operator.api_base=http://x"], "unknown config key 'search.operator.api_base'"),
    (["train=full", "+train.lora={r: 8}"], "bad value for config key 'train.lora': 'alpha' is a required property"),
    (["models=hf", "+models.base.pretrain={steps: 1}"], "unknown config key 'models.base.pretrain'"),
], ids=["unknown-experiment", "unknown-key", "unknown-key-appended", "unknown-group-option", "wrong-type",
        "wrong-type-bool", "schema-max", "schema-min", "schema-enum", "key-of-another-kind", "partial-section",
        "section-of-another-kind"])
def test_bad_config_is_one_line_naming_the_key(cli_error, argv, line):
    assert cli_error("config", "show", *argv) == f"eft config: error: {line}"


@pytest.mark.parametrize(("cfg", "line"), [
    ("{seed: 0", "--cfg is not valid JSON (Expecting property name enclosed in double quotes at char 1)"),
    ("[0]", "--cfg must be a JSON object, got list"),
    ('{"train": {}}', "--cfg lacks key 'seed' (expected seed)"),
], ids=["not-json", "not-an-object", "missing-key"])
def test_bad_stage_cfg_argument_is_one_line(cli_error, tmp_path, cfg, line):
    """The `--cfg` a rule hands a stage CLI (here `eft train sft`) is checked before anything loads."""
    argv = ["train", "sft", "--cfg", cfg, "--base", str(tmp_path), "--data", str(tmp_path / "d.parquet"),
            "--out", str(tmp_path / "out")]
    assert cli_error(*argv) == f"eft train: error: {line}"
    assert not (tmp_path / "out").exists()
