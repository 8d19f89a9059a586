"""Trajectory extraction, filters, labels, curation and Finch import on a small hand-built search run.

The trace is written by OpenEvolve's own EvolutionTracer (code and prompts on), so the fixture has exactly
the record format a real search run writes.
"""
from __future__ import annotations

import json
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openevolve.database import Program
from openevolve.evolution_trace import EvolutionTracer

from eft import cli as eft_cli
from eft.errors import EftError
from eft.trajectories.cli import main
from eft.trajectories.curate import curate, import_finch
from eft.trajectories.extract import split_reasoning
from eft.trajectories.schema import COLUMNS, SCHEMA, read_parquet, write_parquet
from eft.trajectories.tokens import load_tokenizer

SYSTEM = "You improve programs. Return SEARCH/REPLACE blocks."
LONG_USER = "def f():\n" + "    x = 1\n" * 3000  # far over MAX_INPUT tokens
MAX_INPUT = 4000
CFG = {"max_input_tokens": MAX_INPUT, "drop_unrecoverable": True}

# (iteration, parent, child, child metrics, response); parent metrics come from the earlier rows
RUN_A = [
    (1, "p0", "c1", {"combined_score": 0.7, "mse": 0.3}, "<think>bigger step</think>\nSEARCH x=1 REPLACE x=2"),
    (2, "c1", "c2", {"combined_score": 0.7, "mse": 0.3}, "same"),
    (3, "c1", "c3", {"combined_score": 0.6, "mse": 0.4}, "worse"),
    (4, "c1", "c4", {"combined_score": 0.0, "error": "IndexError: list index out of range"}, "broken, never fixed"),
    (5, "c1", "c5", {"combined_score": 0.0, "error": "ValueError: bad"}, "broken, fixed later"),
    (6, "c5", "c6", {"combined_score": 0.8, "mse": 0.2}, "repair"),
    (7, "c2", "c7", {"combined_score": 0.0, "error": "timeout after 10.0s"}, "slow"),
    (8, "c2", "c8", {"error": 0.0, "timeout": True}, "harness timeout"),
    (9, "c3", "c9", {"combined_score": 0.65, "mse": 0.35}, "long prompt"),
]
RUN_B = [
    (1, "q0", "q1", {"combined_score": 20.0}, "int main(){return 1;}"),
    (2, "q1", "q2", {"combined_score": 15.0}, "int main(){return 2;}"),
]
INITIAL = {"p0": {"combined_score": 0.5, "mse": 0.5}, "q0": {"combined_score": 10.0}}


def write_run(out, rows, summary):
    out.mkdir(parents=True)
    programs = {pid: Program(id=pid, code=f"# {pid}\n", metrics=m) for pid, m in INITIAL.items()}
    tracer = EvolutionTracer(output_path=str(out / "trace.jsonl"), include_code=True, include_prompts=True,
                             buffer_size=1)
    for iteration, parent, child, metrics, response in rows:
        programs[child] = Program(id=child, code=f"# {child}\n", metrics=metrics,
                                  generation=programs[parent].generation + 1)
        user = LONG_USER if child == "c9" else f"Improve program {parent}."
        tracer.log_trace(iteration=iteration, parent_program=programs[parent], child_program=programs[child],
                         prompt={"system": SYSTEM, "user": user}, llm_response=response, island_id=0,
                         metadata={"iteration_time": 1.23, "changes": "", "token_usage": None,
                                   "evolution_mode": summary["strategy"], "llm_model": "offline"})
    tracer.close()
    best = {"program_id": rows[-1][2], "combined_score": rows[-1][3]["combined_score"], "metrics": rows[-1][3],
            "code_path": "best_program.py"}
    (out / "summary.json").write_text(json.dumps({**summary, "status": "ok", "best": best}))
    return out / "summary.json"


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["def f(): return x = 1", SYSTEM, "Improve program"], trainer)
    out = tmp_path_factory.mktemp("tok")
    PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>").save_pretrained(out)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("runs")
    base = {"operator": "offline-mutator", "operator_kind": "offline", "iterations": 9, "direction": "higher",
            "metric": "combined_score"}
    a = write_run(root / "a", RUN_A, {**base, "task": "toy_sum", "domain": "numerical", "language": "python",
                                      "strategy": "diff", "seed": 0})
    b = write_run(root / "b", RUN_B, {**base, "task": "toy_cpp", "domain": "competitive_programming",
                                      "language": "cpp", "strategy": "full_rewrite", "seed": 1})
    skipped = root / "skipped" / "summary.json"
    skipped.parent.mkdir()
    skipped.write_text(json.dumps({**base, "task": "gpu", "domain": "gpu_kernel", "language": "python",
                                   "strategy": "diff", "seed": 0, "status": "skipped: no GPU"}))
    (skipped.parent / "trace.jsonl").write_text("")
    return [a, b, skipped]


def run_args(summaries) -> list[str]:
    return ["--summaries", *map(str, summaries), "--traces", *(str(p.parent / "trace.jsonl") for p in summaries)]


@pytest.fixture(scope="module")
def raw_path(runs, tokenizer_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("raw") / "raw.parquet"
    assert main(["extract", *run_args(runs), "--tokenizer", str(tokenizer_dir), "--out", str(out)]) == 0
    return out


def by_child(table):
    return {row["child_id"]: row for row in table.to_pylist()}


def test_extract_columns_dtypes_and_fields(raw_path):
    table = pq.read_table(raw_path)
    assert tuple(table.column_names) == COLUMNS and len(COLUMNS) == 25
    assert table.schema.equals(SCHEMA)
    assert table.num_rows == len(RUN_A) + len(RUN_B)
    rows = by_child(table)
    c1 = rows["c1"]
    assert [m["role"] for m in c1["trajectory"]] == ["system", "user", "assistant"]
    assert c1["trajectory"][2]["content"] == c1["response"] == "SEARCH x=1 REPLACE x=2"
    assert c1["reasoning"] == "bigger step" and rows["c2"]["reasoning"] == ""
    assert c1["parent_code"] == "# p0\n" and c1["child_code"] == "# c1\n"
    assert json.loads(c1["improvement_delta"]) == pytest.approx({"combined_score": 0.2, "mse": -0.2})
    assert json.loads(c1["parent_metrics"]) == INITIAL["p0"]
    assert c1["generation"] == 1 and c1["island_id"] == 0 and rows["c6"]["generation"] == 3
    meta = json.loads(c1["metadata"])
    assert meta == {"strategy": "diff", "language": "python", "operator": "offline-mutator",
                    "seed": 0, "evolution_mode": "diff", "llm_model": "offline"}  # no wall-clock fields
    assert all(re.fullmatch("[0-9a-f]{64}", r[k]) for r in rows.values() for k in ("global_uid", "instance_uid"))
    assert len({r["global_uid"] for r in rows.values()}) == len(rows)
    assert len({r["instance_uid"] for r in rows.values()}) == 2
    keys = [(r["instance_uid"], r["iteration"]) for r in table.to_pylist()]
    assert keys == sorted(keys)
    assert rows["c9"]["system_token_length"] + rows["c9"]["user_token_length"] > MAX_INPUT
    assert all(r["system_token_length"] + r["user_token_length"] < MAX_INPUT
               for cid, r in rows.items() if cid != "c9")
    assert c1["reasoning_token_length"] > 0 and rows["c2"]["reasoning_token_length"] == 0


def test_labels(raw_path):
    labels = {cid: r["improvement_label"] for cid, r in by_child(pq.read_table(raw_path)).items()}
    assert labels == {"c1": "improved", "c2": "unchanged", "c3": "regressed", "c4": "regressed",
                      "c5": "regressed", "c6": "improved", "c7": "regressed", "c8": "unknown",
                      "c9": "improved", "q1": "improved", "q2": "regressed"}


def test_curate_counts_and_stats(raw_path, tmp_path):
    out, stats_path = tmp_path / "curated.parquet", tmp_path / "stats.json"
    assert main(["curate", "--raw", str(raw_path), "--cfg", json.dumps(CFG), "--out", str(out),
                 "--stats", str(stats_path)]) == 0
    stats = json.loads(stats_path.read_text())
    assert stats["raw"] == 11 and stats["kept"] == 7 and stats["dropped_total"] == 4
    assert stats["dropped"] == {"systematic_error": 2, "unrecoverable_breakage": 1, "over_long_input": 1}
    assert {k: v["count"] for k, v in stats["labels"].items()} == {"improved": 3, "unchanged": 1, "regressed": 3}
    assert stats["labels"]["improved"]["fraction"] == pytest.approx(3 / 7)
    assert {k: v["count"] for k, v in stats["language"].items()} == {"python": 5, "cpp": 2}
    assert {k: v["count"] for k, v in stats["strategy"].items()} == {"diff": 5, "full_rewrite": 2}
    assert set(by_child(read_parquet(out))) == {"c1", "c2", "c3", "c5", "c6", "q1", "q2"}


def test_unrecoverable_filter_can_be_disabled(raw_path):
    kept, stats = curate(read_parquet(raw_path), {**CFG, "drop_unrecoverable": False})
    assert stats["dropped"]["unrecoverable_breakage"] == 0 and "c4" in by_child(kept)


def test_outputs_are_byte_deterministic(runs, tokenizer_dir, raw_path, tmp_path):
    again = tmp_path / "raw2.parquet"
    main(["extract", *run_args(runs), "--tokenizer", str(tokenizer_dir), "--out", str(again)])
    assert again.read_bytes() == raw_path.read_bytes()
    curated = [tmp_path / f"c{i}.parquet" for i in range(2)]
    for path in curated:
        write_parquet(curate(read_parquet(raw_path), CFG)[0], path)
    assert curated[0].read_bytes() == curated[1].read_bytes()


def test_import_finch_matches_own_curation(raw_path, tokenizer_dir, tmp_path):
    """A scrambled Finch-style copy (other column order, large types, wrong labels and token counts,
    shuffled rows) imports to exactly what curating our own extraction gives."""
    raw = read_parquet(raw_path)
    scrambled = raw.set_column(COLUMNS.index("improvement_label"), "improvement_label",
                               pa.array(["regressed"] * raw.num_rows))
    scrambled = scrambled.set_column(COLUMNS.index("user_token_length"), "user_token_length",
                                     pa.array([0] * raw.num_rows, type=pa.int64()))
    scrambled = scrambled.take(list(reversed(range(raw.num_rows)))).select(list(reversed(COLUMNS)))
    scrambled = scrambled.cast(pa.schema([pa.field(f.name, pa.large_string()) if f.type == pa.string() else f
                                          for f in scrambled.schema]))
    src = tmp_path / "finch.parquet"
    pq.write_table(scrambled, src)
    out, stats_path = tmp_path / "finch_curated.parquet", tmp_path / "finch_stats.json"
    assert main(["import-finch", "--src", str(src), "--tokenizer", str(tokenizer_dir), "--cfg", json.dumps(CFG),
                 "--out", str(out), "--stats", str(stats_path)]) == 0
    expected, expected_stats = curate(raw, CFG)
    assert read_parquet(out).equals(expected)
    assert json.loads(stats_path.read_text()) == {**expected_stats, "source": "finch"}


def test_import_finch_empty_result_is_reported(raw_path, tmp_path):
    kept, stats = import_finch(read_parquet(raw_path), {**CFG, "max_input_tokens": 0})
    assert kept.num_rows == 0 and stats["empty"] and stats["kept"] == 0
    write_parquet(kept, tmp_path / "empty.parquet")
    assert read_parquet(tmp_path / "empty.parquet").num_rows == 0
    assert stats["labels"]["improved"] == {"count": 0, "fraction": 0.0}


@pytest.mark.parametrize("damage, message", [
    (lambda t: t.drop_columns(["reasoning"]), "missing Finch column(s): reasoning"),
    (lambda t: t.append_column("extra", pa.array([1] * t.num_rows)), "unexpected column(s): extra"),
    (lambda t: t.set_column(COLUMNS.index("iteration"), "iteration", pa.array(["1"] * t.num_rows)),
     "column 'iteration' has dtype string"),
])
def test_schema_mismatch_is_one_line_error(raw_path, tmp_path, damage, message):
    bad = tmp_path / "bad.parquet"
    pq.write_table(damage(pq.read_table(raw_path)), bad)
    with pytest.raises(EftError, match=re.escape(message)) as info:
        read_parquet(bad)
    assert "\n" not in str(info.value)


def test_corrupt_parquet_via_cli(tmp_path, capsys):
    bad = tmp_path / "corrupt.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    code = eft_cli.main(["trajectories", "import-finch", "--src", str(bad), "--cfg", json.dumps(CFG),
                         "--out", str(tmp_path / "o.parquet"), "--stats", str(tmp_path / "s.json")])
    err = capsys.readouterr().err
    assert code == 2 and "not a readable parquet file" in err and err.count("\n") == 1
    assert not (tmp_path / "o.parquet").exists()


def test_bad_cfg_and_tokenizer_are_errors(raw_path, tmp_path):
    with pytest.raises(EftError, match="max_input_tokens"):
        curate(read_parquet(raw_path), {"drop_unrecoverable": True})
    with pytest.raises(EftError, match="not a tokenizer folder"):
        load_tokenizer(tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("plain", ("", "plain")),
    ("<think>a</think> b", ("a", "b")),
    ("a</think>b", ("a", "b")),               # template pre-filled the opening tag
    ("x <think>cut off", ("cut off", "x")),   # generation ended inside the thinking
])
def test_split_reasoning(text, expected):
    assert split_reasoning(text) == expected
