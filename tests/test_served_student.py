"""Held-out searches through one served model (`eft search served` with the stand-in server `eft serve`) give
the in-process backend's traces for the same seeds; a server that dies is a one-line error that leaves no
output and no process behind; finished searches are not rerun.

The micro model is first taught a few SEARCH/REPLACE answers to the prompt it sees (the task statement and the
end of OpenEvolve's diff prompt, as the context fit keeps them), so the searches produce real children and
the traces have programs, scores and answers to compare."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import openevolve
import pytest
import torch
import yaml

from eft.cli import main as eft_main
from eft.config.compose import load_config
from eft.config.keys import job_settings
from eft.operators.generation import PromptFit
from eft.search.run import run_search
from eft.train.load import load_model

REPO = Path(__file__).resolve().parents[1]
TASK = REPO / "tests/fixtures/tasks/quadratic"
CFG = load_config("micro")
OPERATOR = {**CFG["eval"]["operator"], "name": "micro-student"}
SEARCH = {k: v for k, v in CFG["search"].items() if k not in ("operator", "strategies", "seeds", "checkpoint_interval",
                                                              "workers")} | {"iterations": 4}
OPS = job_settings(CFG)["heldout_served"]
SEEDS = (0, 1)
STOP = CFG["eval"]["operator"]["stop"][0]
SERVE = f"{sys.executable} -m eft.cli serve --model {{model}} --port {{port}} --served-name {{name}}"
ANSWERS = [("2.5", "0.7"), ("3.0", "0.1"), ("1.5", "0.9"), ("3.5", "0.3")]


def answer(x: str, step: str) -> str:
    """Two edits: with the stop string only the first one is kept."""
    return (f"<<<<<<< SEARCH\n    x = 1.0\n=======\n    x = {x}\n{STOP}\n"
            f"<<<<<<< SEARCH\n    step = 0.5\n=======\n    step = {step}\n{STOP}\n")


@pytest.fixture(scope="module")
def student(micro_model, tmp_path_factory) -> Path:
    """The micro model after 120 steps on ANSWERS as replies to the prompt its context fit leaves."""
    model, tokenizer = load_model(micro_model)
    system = yaml.safe_load((TASK / "config.yaml").read_text())["prompt"]["system_message"].strip()
    template = (Path(openevolve.__file__).parent / "prompts/defaults/diff_user.txt").read_text()
    user = "\n" * 200 + template[template.index("# Task"):].replace("{feature_dimensions}", "complexity, diversity")
    fit = PromptFit(tokenizer, model.config.max_position_embeddings)
    prompt = fit.fit([{"role": "system", "content": system}, {"role": "user", "content": user}],
                     OPERATOR["max_tokens"]).ids
    replies = [tokenizer(answer(*a) + tokenizer.eos_token, add_special_tokens=False)["input_ids"] for a in ANSWERS]
    width = max(map(len, replies))
    ids = torch.tensor([prompt + r + [0] * (width - len(r)) for r in replies])
    labels = torch.tensor([[-100] * len(prompt) + r + [-100] * (width - len(r)) for r in replies])
    torch.manual_seed(0)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(120):
        loss = model(input_ids=ids, labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    out = tmp_path_factory.mktemp("student") / "model"
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    return out


def served(model: Path, runs: list[dict], tmp: Path, command: str = SERVE) -> int:
    ops = tmp / "ops.json"
    ops.write_text(json.dumps({"heldout_served": OPS}))
    cfg = json.dumps({"search": SEARCH, "operator": OPERATOR, "seed": 0})
    return eft_main(["search", "served", "--model", str(model), "--model-name", OPERATOR["name"], "--strategy", "diff",
                     "--runs", json.dumps(runs), "--cfg", cfg, "--ops", str(ops), "--server-cmd", command])


def content(out: Path) -> list[dict]:
    """The trace without what depends on timing or on the run's program-id namespace (its identity)."""
    records = [json.loads(line) for line in (out / "trace.jsonl").read_text().splitlines()]
    for record in records:
        for key in ("timestamp", "parent_id", "child_id"):
            record.pop(key, None)
        record.get("metadata", {}).pop("iteration_time", None)
    return records


@pytest.fixture(scope="module")
def runs(student, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    for seed in SEEDS:
        run_search(TASK, "diff", seed, {**OPERATOR, "path": str(student)}, {**SEARCH, **OPS["search"]}, 0,
                   tmp / f"in{seed}/work", tmp / f"in{seed}/out")
    pidfile = tmp / "server.pid"
    entries = [{"task_dir": str(TASK), "seed": s, "out_dir": str(tmp / f"sv{s}/out"),
                "work_dir": str(tmp / f"sv{s}/work")} for s in SEEDS]
    assert served(student, entries, tmp, f"echo $$ > {pidfile}; exec {SERVE}") == 0
    return tmp, entries, int(pidfile.read_text())


def test_served_searches_match_in_process(runs):
    tmp, _, _ = runs
    traces = {seed: content(tmp / f"in{seed}/out") for seed in SEEDS}
    assert all(traces.values()) and traces[0] != traces[1]
    for seed in SEEDS:
        assert content(tmp / f"sv{seed}/out") == traces[seed]
        assert sorted(os.listdir(tmp / f"sv{seed}/out")) == sorted(os.listdir(tmp / f"in{seed}/out"))
        inproc, serv = ({k: v for k, v in json.loads((tmp / f"{kind}{seed}/out/summary.json").read_text()).items()
                         if k != "wall_s"} for kind in ("in", "sv"))
        assert serv == inproc
    answers = [r["llm_response"] for trace in traces.values() for r in trace]
    assert all(a.endswith(STOP) and a.count(STOP) == 1 for a in answers)  # stopped after one edit, marker kept


def test_server_is_stopped_and_finished_searches_are_not_rerun(runs, capfd):
    tmp, entries, pid = runs
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    (tmp / "server.pid").unlink()
    capfd.readouterr()
    assert served(Path("unused"), entries, tmp, f"echo $$ > {tmp / 'server.pid'}; exec {SERVE}") == 0
    assert not (tmp / "server.pid").exists()
    assert "2 of 2 searches already finished" in capfd.readouterr().err


def test_server_that_exits_is_one_line_error(student, tmp_path, capfd):
    entries = [{"task_dir": str(TASK), "seed": 0, "out_dir": str(tmp_path / "out"), "work_dir": str(tmp_path / "w")}]
    assert served(student, entries, tmp_path, "echo no GPU for port {port} >&2; exit 3") == 2
    last = capfd.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("eft search: error: model server exited with code 3 before answering; "
                           "last log lines: no GPU for port ")
    assert not (tmp_path / "out").exists() and not (tmp_path / "w").exists()


@pytest.mark.parametrize(("body", "status", "words"), [
    ({"model": "other", "messages": [{"role": "user", "content": "x"}], "max_tokens": 4}, 404, "does not exist"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": 4, "stream": True}, 400, "stream"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}]}, 400, "max_tokens"),
    ({"model": "m", "messages": [], "max_tokens": 4}, 400, "messages"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": 4, "stop": [1]}, 400, "stop"),
])
def test_stand_in_server_refuses_what_it_cannot_do(body, status, words):
    from eft.operators.serve import RequestError, parse_request

    with pytest.raises(RequestError, match=words) as err:
        parse_request(body, "m")
    assert err.value.status == status


def test_stand_in_server_reads_a_request_as_vllm_does():
    from eft.operators.serve import parse_request

    request = parse_request({"model": "m", "max_tokens": 9, "seed": 5, "stop": STOP, "messages": [
        {"role": "system", "content": ""}, {"role": "user", "content": "x"}]}, "m")
    assert request["chat"] == [{"role": "user", "content": "x"}]  # an empty system message is not rendered
    assert (request["max_tokens"], request["seed"], request["stop"], request["include_stop"]) == (9, 5, [STOP], False)
