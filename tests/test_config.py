"""Config composition: experiments, overrides and one-line errors naming the key."""
import pytest

from eft.config import ConfigError, load_config, parse_overrides


def test_default_experiment_is_mini_and_resolves():
    cfg = load_config()
    assert cfg["name"] == "mini" and cfg["search"]["operator"]["kind"] == "offline" and cfg["models"]["tiny"]["kind"] == "tiny"


def test_overrides_and_groups_apply():
    cfg = load_config("micro", ["search.iterations=5", "train=full", "eval.seeds=[3,4]"])
    assert cfg["search"]["iterations"] == 5 and cfg["train"]["method"] == "full" and cfg["eval"]["seeds"] == [3, 4]


@pytest.mark.parametrize(("overrides", "message"), [
    (["search.iterations=abc"], "bad value for config key 'search.iterations'"),
    (["+search.nope=1"], "unknown config key 'search.nope'"),
    (["search.nope=1"], "search.nope"),
    (["operator=nope"], "operator/nope"),
    (["train.lora.dropout=2"], "bad value for config key 'train.lora.dropout'"),
    (["search.strategies=[diff,rewrite]"], "bad value for config key 'search.strategies.1'"),
])
def test_bad_overrides_give_one_line_naming_the_key(overrides, message):
    with pytest.raises(ConfigError) as err:
        load_config("mini", overrides)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_unknown_experiment():
    with pytest.raises(ConfigError, match="unknown experiment 'nope'"):
        load_config("nope")


@pytest.mark.parametrize(("raw", "expected"), [
    (None, []),
    (["a=1", "b=2"], ["a=1", "b=2"]),
    ("search.iterations=4", ["search.iterations=4"]),
    ("[eval.seeds=[0,1],search.iterations=4]", ["eval.seeds=[0,1]", "search.iterations=4"]),
    ("[model.path=/m/x,tasks.select=[a,b]]", ["model.path=/m/x", "tasks.select=[a,b]"]),
])
def test_overrides_from_the_snakemake_command_line(raw, expected):
    assert parse_overrides(raw) == expected


def test_operational_keys_are_split_from_result_keys():
    from eft.config.keys import job_settings, operational_keys, result_part

    cfg = load_config("paper")
    operator = cfg["search"]["operator"]
    assert "endpoint" not in result_part("search.operator", operator) and "model" in result_part("search.operator", operator)
    assert {"checkpoint_interval", "workers"}.isdisjoint(result_part("search", cfg["search"]))
    ops = job_settings(cfg)
    assert ops["teacher_search"]["operator"]["endpoint"]["retries"] == operator["endpoint"]["retries"]
    assert ops["teacher_search"]["search"] == {"checkpoint_interval": 10, "workers": 1}
    assert ops["finetune"] == {"checkpoint_interval": cfg["train"]["checkpoint_interval"]}
    assert not any(key.startswith("base_pretrain") for key in ops)  # real base models are not pretrained here
    assert set(operational_keys(cfg)) == {"search.checkpoint_interval", "search.workers", "search.operator.endpoint",
                                          "train.checkpoint_interval", "eval.serving.command",
                                          "eval.serving.startup_timeout_s", "eval.serving.stop_timeout_s",
                                          "eval.serving.parallel", "eval.serving.request"}


def test_result_config_leaves_out_exactly_the_operational_keys():
    from eft.config.keys import operational_keys, result_config

    cfg = load_config("paper")
    result = result_config(cfg)
    assert operational_keys(result) == [] and operational_keys(cfg)
    assert result["search"]["operator"]["model"] == cfg["search"]["operator"]["model"]
    assert {k: v for k, v in cfg["search"].items() if k not in ("checkpoint_interval", "workers", "operator")} \
        == {k: v for k, v in result["search"].items() if k != "operator"}
    assert "endpoint" in cfg["search"]["operator"]  # the input is left as it was
