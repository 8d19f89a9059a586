"""eft eval probe: every answer sorted into exactly one outcome with OpenEvolve's own parser, seeded replays."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from eft.cli import main as eft_main
from eft.evaluate.probe import OUTCOMES, PROMPT_COPY, classify

PARENT = "import math\n\n\ndef run(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"


def diff(search: str, replace: str) -> str:
    return f"I will change it.\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE"


@pytest.mark.parametrize(("answer", "outcome"), [
    (diff("        total += i", "        total += 2 * i"), "applied"),
    (diff("    total = 0\n    for i in range(n):", "    total = 1\n    for i in range(n):"), "applied"),
    (diff("        total += i", "        total += i"), "unchanged"),
    (diff("        total += j", "        total += 2 * j"), "search_not_found"),
    (diff("        total += i", "        total += 2 * i") + "\n" + diff("missing()", "other()"), "search_not_found"),
    ("Here is a better program:\n```python\ndef run(n):\n    return n\n```", "no_edit"),
    ("", "no_edit"),
    ("<<<<<<< SEARCH\n        total += i\n=======\n        total += 2 * i\n", "malformed"),  # cut before REPLACE
    (">>>>>>> REPLACE\n", "malformed"),
    ("<<<<<<< SEARCH\na\n=======\nb\n=======\nc\n>>>>>>> REPLACE", "malformed"),
])
def test_classify(answer, outcome):
    got, detail = classify(answer, PARENT)
    assert got == outcome and got in OUTCOMES and detail and "\n" not in detail


def test_classify_names_a_search_copied_from_the_prompt():
    """A 135 M model fine-tuned on 35 diffs answered with the prompt's format example (placeholder lines) as its
    SEARCH text: that is told apart from a near miss on the program."""
    example = "# Original code to find and replace (must match exactly)"
    prompt = f"Answer with:\n<<<<<<< SEARCH\n{example}\n=======\n# New code\n>>>>>>> REPLACE\n{PARENT}"
    outcome, detail = classify(diff(example, "# New code"), PARENT, prompt)
    assert outcome == "search_not_found" and detail.startswith(PROMPT_COPY)
    outcome, detail = classify(diff("        total += j", "        total += 2 * j"), PARENT, prompt)
    assert outcome == "search_not_found" and not detail.startswith(PROMPT_COPY)


def test_probe_replays_seeded(tmp_path, micro_model):
    rows = pd.DataFrame({
        "task": ["a", "a", "b"], "improvement_label": ["improved", "regressed", "improved"],
        "system_prompt": ["You edit programs.", "", "You edit programs."],
        "user_prompt": [f"Improve this program:\n{PARENT}"] * 3, "parent_code": [PARENT] * 3,
        "metadata": ['{"evolution_mode": "diff"}', '{"evolution_mode": "diff"}', '{"evolution_mode": "full_rewrite"}']})
    table = tmp_path / "curated.parquet"
    rows.to_parquet(table)
    cfg = json.dumps({"temperature": 0.7, "top_p": 0.95, "max_tokens": 16, "stop": [">>>>>>> REPLACE"]})
    outs = []
    for name in ("one", "two"):
        out = tmp_path / f"{name}.json"
        assert eft_main(["eval", "probe", "--model", str(micro_model), "--trajectories", str(table), "--cfg", cfg,
                         "--rows", "5", "--labels", "improved", "--out", str(out)]) == 0
        outs.append(json.loads(out.read_text()))
    assert outs[0]["records"] == outs[1]["records"]
    assert outs[0]["rows"] == 2 and sum(outs[0]["counts"].values()) == 2
    assert {r["task"] for r in outs[0]["records"]} == {"a", "b"}
    assert all(r["completion_tokens"] <= 16 for r in outs[0]["records"])
    out = tmp_path / "diff.json"  # held-out searches ask for diffs: the full-rewrite row is left out
    assert eft_main(["eval", "probe", "--model", str(micro_model), "--trajectories", str(table), "--cfg", cfg,
                     "--rows", "5", "--strategies", "diff", "--out", str(out)]) == 0
    assert {r["task"] for r in json.loads(out.read_text())["records"]} == {"a"}


def test_probe_refuses_a_bad_table(tmp_path, micro_model, capsys):
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    assert eft_main(["eval", "probe", "--model", str(micro_model), "--trajectories", str(bad),
                     "--cfg", '{"temperature": 0, "top_p": 1, "max_tokens": 4}', "--out", str(tmp_path / "o.json")]) != 0
    assert "not a curated trajectory table" in capsys.readouterr().err
