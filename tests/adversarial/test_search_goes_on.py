"""A real search whose LLM answers are hostile programs: every child is scored invalid with its reason in
the trace, nothing leaks, and the search runs all its iterations."""
import importlib
import json
import re
import threading

import yaml
from contain import (
    MARK,
    REPO,
    attack_task,
    leftover_files,
    leftover_processes,
    program_text,
)
from test_openai_endpoint import FakeServer, operator

from eft.search.run import run_search

ATTACKS = ["infinite_loop", "fork_bomb", "daemon_double_fork", "write_repository", "network_outside",
           "fake_score_on_stdout", "nan_result", "memory_bomb_single", "read_evaluator_source"]


def rewrite_answer(name: str) -> tuple[str, re.Pattern]:
    attack = importlib.import_module(f"test_{name}").ATTACK
    body = f"# EVOLVE-BLOCK-START\n{program_text(attack, {})}# EVOLVE-BLOCK-END\n"
    return f"```python\n{body}```\n", re.compile(attack.reason)


def test_search_survives_hostile_children(tmp_path):
    answers = [rewrite_answer(name) for name in ATTACKS]
    server = FakeServer({i: text for i, (text, _) in enumerate(answers)})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    search = {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), "iterations": len(ATTACKS)}
    try:
        summary = run_search(attack_task(tmp_path, "circle_packing_26"), "full_rewrite", 0,
                             operator(server.server_address[1]), search, 0, tmp_path / "w", tmp_path / "o")
    finally:
        server.shutdown()
        server.server_close()
    assert summary.status == "ok"
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert len(records) == len(ATTACKS)
    for record, (_, reason) in zip(sorted(records, key=lambda r: r["iteration"]), answers):
        metrics = record["child_metrics"]
        assert metrics["combined_score"] == 0.0 and reason.search(metrics["error"]), metrics
    assert not leftover_processes() and not [p for p in leftover_files() if MARK in p.name]
