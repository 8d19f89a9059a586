"""The published Finch Collection as a data source: streaming curation of a small collection the test writes in
the published schema (shards, large types, rows out of order, wrong labels), the domain and task selection,
token lengths reused or recounted (exact piecewise counting), and the `finch` source end to end in the DAG.
"""
from __future__ import annotations

import json
import random

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eft.errors import EftError
from eft.trajectories import stream
from eft.trajectories.cli import main
from eft.trajectories.curate import curate_files
from eft.trajectories.extract import dumps, sha256_hex
from eft.trajectories.filters import apply_filters
from eft.trajectories.labels import label_from_delta_json
from eft.trajectories.schema import COLUMNS, SCHEMA, read_parquet, validate_table
from eft.trajectories.tokens import TokenCounter, load_tokenizer, tokenizer_identity

CFG = {"max_input_tokens": 5000, "drop_unrecoverable": True}
SORT = [("instance_uid", "ascending"), ("iteration", "ascending"), ("child_id", "ascending")]
RUNS = [("numerical", "num_a", "python"), ("numerical", "num_b", "python"), ("math", "math_a", "python"),
        ("competitive_programming", "cp_a", "cpp")]
PROGRAM = ["import numpy as np", "", "def solve(x):", "    total = 0", "    for v in x:", "        total += v * 2",
           "    return total  # result", "", "class Model:", "\tdef run(self):  ", "\t\treturn 's'"]


def collection(seed: int = 0, iterations: int = 14) -> pa.Table:
    """A small collection in the published schema: per run a lineage with improvements, repeats, regressions,
    a harness timeout, a breakage repaired later, one never repaired and an over-long prompt; the published
    labels are wrong on purpose (import recomputes them); rows are shuffled."""
    rng, rows = random.Random(seed), []
    for domain, task, language in RUNS:
        for strategy in ("diff", "full_rewrite"):
            uid = sha256_hex(task, strategy, "finch")
            scores, programs = {"p0": 1.0}, {"p0": PROGRAM}
            for it in range(1, iterations + 1):
                parent = rng.choice(sorted(scores))
                child = f"{task[:3]}{strategy[0]}{it:02d}"
                code = programs[parent] + [f"    y{it} = {rng.randint(0, 99)}  # step {it}"]
                kind = rng.choice(["up", "up", "same", "down", "timeout", "broken", "long"])
                p = scores[parent]
                cm = {"up": {"combined_score": p + 0.1}, "same": {"combined_score": p},
                      "down": {"combined_score": p - 0.05}, "timeout": {"error": 0.0, "timeout": True},
                      "broken": {"combined_score": 0.0, "error": "ValueError"},
                      "long": {"combined_score": p + 0.01}}[kind]
                pm = {"combined_score": p}
                delta = {k: cm[k] - pm[k] for k in cm if k in pm}
                user = "Improve this program:\n" + "\n".join(programs[parent]) + ("\n  pad" * 4000 if kind == "long" else "")
                response = "\n".join(code) if strategy == "full_rewrite" else f"<<<<<<< SEARCH\nx\n=======\ny{it}\n>>>>>>> REPLACE"
                system = f"You evolve {language} programs.\n"
                rows.append({
                    "domain": domain, "task": task,
                    "trajectory": [{"role": "system", "content": system}, {"role": "user", "content": user},
                                   {"role": "assistant", "content": response}],
                    "improvement_label": "regressed", "improvement_delta": dumps(delta),
                    "global_uid": sha256_hex(uid, it, child), "instance_uid": uid, "iteration": it,
                    "island_id": it % 3, "generation": 1, "parent_id": parent, "child_id": child,
                    "parent_metrics": dumps(pm), "child_metrics": dumps(cm),
                    "parent_code": "\n".join(programs[parent]), "child_code": "\n".join(code),
                    "metadata": dumps({"strategy": strategy, "language": language}),
                    "system_prompt": system, "user_prompt": user, "reasoning": "think " * (it % 3),
                    "response": response, "system_token_length": len(system) // 4,
                    "user_token_length": len(user) // 4, "reasoning_token_length": it % 3,
                    "response_token_length": len(response) // 4})
                if kind not in ("timeout", "broken"):
                    scores[child], programs[child] = cm["combined_score"], code
                elif kind == "broken" and it % 2:
                    scores[child], programs[child] = 0.0, code
    rng.shuffle(rows)
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    return table.cast(pa.schema([pa.field(f.name, pa.large_string()) if f.type == pa.string() else f
                                 for f in table.schema]))


def write_shards(table: pa.Table, folder, shards: int = 3, row_group: int = 7):
    folder.mkdir(parents=True, exist_ok=True)
    step = -(-table.num_rows // shards)
    for i in range(shards):
        sub = folder / ("data" if i else "") / f"train-{i:05d}.parquet"
        sub.parent.mkdir(exist_ok=True)
        pq.write_table(table.slice(i * step, step).select(list(reversed(COLUMNS))), sub, row_group_size=row_group)
    return folder


def reference(table: pa.Table, cfg: dict) -> pa.Table:
    """The curation the in-memory way (as before streaming): relabel, sort the whole table, filter."""
    labels = [label_from_delta_json(d, lab) for d, lab in zip(table.column("improvement_delta").to_pylist(),
                                                               table.column("improvement_label").to_pylist())]
    table = table.set_column(COLUMNS.index("improvement_label"), "improvement_label", pa.array(labels))
    table = read_validated(table).sort_by(SORT)
    return apply_filters(table, cfg["max_input_tokens"], cfg["drop_unrecoverable"])[0]


def read_validated(table: pa.Table) -> pa.Table:
    return validate_table(table.select(list(COLUMNS)))


@pytest.fixture(scope="module")
def finch_dir(tmp_path_factory):
    return write_shards(collection(), tmp_path_factory.mktemp("finch") / "collection")


@pytest.fixture(scope="module")
def gpt2_tokenizer(tmp_path_factory):
    from eft.train.tokenizer import train_tokenizer

    out = tmp_path_factory.mktemp("gpt2tok")
    train_tokenizer("\n".join(PROGRAM) * 50 + " Improve this program", 400).save_pretrained(out)
    return out


@pytest.fixture(scope="module")
def qwen_style_tokenizer(tmp_path_factory):
    """A byte-level BPE with the Qwen2 pre-tokenizer (regex split, then byte-level without regex)."""
    from tokenizers import (
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        trainers,
    )
    from transformers import PreTrainedTokenizerFast

    from eft.trajectories.tokens import LINE_PATTERNS

    tok = Tokenizer(models.BPE())
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(LINE_PATTERNS[0]), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=420, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["\n".join(PROGRAM) * 20, "Improve this program"], trainer)
    out = tmp_path_factory.mktemp("qwentok")
    PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>").save_pretrained(out)
    return out


TRICKY = ["", " ", "\n", "a\nb", "x  \n\n  y", "def f():\n    return 1\n\n\n\tz", "a \t\r\n b\r\n\r\nc",
          "  's 'll\n'd", "é\u0301 x\u00a0y\u2003z\n \n", "line  \nnext\n  \n  last  ", "<|endoftext|>\n  x",
          "\n".join(PROGRAM) * 3, "{'k': [1, 2]}\n\n# done   \n"]


@pytest.mark.parametrize("which", ["gpt2_tokenizer", "qwen_style_tokenizer"])
def test_piecewise_counts_equal_whole_text_counts(which, request):
    tokenizer = load_tokenizer(request.getfixturevalue(which))
    counter = TokenCounter(tokenizer)
    assert counter.cuts is not None   # the piecewise path is the one measured
    rng = random.Random(1)
    texts = TRICKY + ["".join(rng.choice(["a", " ", "  ", "\n", "\t", "1", "'", "é", "(", "\r\n", "x y"])
                              for _ in range(rng.randint(0, 60))) for _ in range(300)]
    expected = [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    assert counter.count(texts) == expected
    assert counter.count(texts) == expected   # second time from the cache
    assert counter.cuts is not None           # the self-check did not have to switch it off


def test_a_wrong_cut_rule_falls_back_to_whole_texts(gpt2_tokenizer):
    import re
    tokenizer = load_tokenizer(gpt2_tokenizer)
    counter = TokenCounter(tokenizer)
    counter.cuts = re.compile(r"(?<=\w)(?=\w)").split   # cuts inside pre-tokens: counts too high
    texts = ["def solve(x):\n    return total", "import numpy as np"]
    assert counter.count(texts) == [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    assert counter.cuts is None


@pytest.mark.parametrize("sizes", [(256, 2048), (2, 3)])   # one batch and bucket; many batches and buckets
def test_streaming_curation_equals_in_memory_curation(finch_dir, tmp_path, monkeypatch, sizes):
    monkeypatch.setattr(stream, "BATCH_ROWS", sizes[0])
    monkeypatch.setattr(stream, "BUCKET_ROWS", sizes[1])
    out = tmp_path / "curated.parquet"
    stats = curate_files(None, finch_dir, CFG, out)
    expected = reference(collection(), CFG)
    got = read_parquet(out)
    assert got.equals(expected)
    assert stats["source"] == "finch" and stats["kept"] == expected.num_rows
    assert stats["raw"] == collection().num_rows == stats["kept"] + stats["dropped_total"]
    assert all(stats["dropped"][k] > 0 for k in stats["dropped"])
    labels = stats["labels"]
    assert {k: v["count"] for k, v in labels.items()} == {
        lab: expected.column("improvement_label").to_pylist().count(lab) for lab in labels}
    assert pq.ParquetFile(out).metadata.row_group(0).num_rows == min(1024, expected.num_rows)
    meta = json.loads(pq.read_schema(out).metadata[stream.META_KEY])
    assert meta == {"token_lengths": {"finch": stream.PUBLISHED}}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no buckets or temp files left


def test_selection_by_domain_and_task(finch_dir, tmp_path):
    cfg = {**CFG, "exclude_domains": ["math"], "tasks": ["num_a", "math_a", "cp_a"]}
    stats = curate_files(None, finch_dir, cfg, tmp_path / "c.parquet")
    got = read_parquet(tmp_path / "c.parquet")
    assert set(got.column("task").to_pylist()) == {"num_a", "cp_a"}
    full = collection()
    chosen = [t in ("num_a", "cp_a") for t in full.column("task").to_pylist()]
    assert stats["raw"] == sum(chosen) and stats["not_selected"] == full.num_rows - sum(chosen)
    assert got.equals(reference(full.filter(pa.array(chosen)), CFG))


def test_recount_reuse_and_the_recorded_tokenizer(finch_dir, gpt2_tokenizer, tmp_path):
    out = tmp_path / "recounted.parquet"
    main(["import-finch", "--src", str(finch_dir), "--tokenizer", str(gpt2_tokenizer), "--cfg", json.dumps(CFG),
          "--out", str(out), "--stats", str(tmp_path / "s.json")])
    got = read_parquet(out)
    tokenizer = load_tokenizer(gpt2_tokenizer)
    for name in ("system_prompt", "user_prompt", "reasoning", "response"):
        length = f"{name.removesuffix('_prompt')}_token_length"
        expected = [len(ids) for ids in tokenizer(got.column(name).to_pylist(), add_special_tokens=False)["input_ids"]]
        assert got.column(length).to_pylist() == expected
    identity = tokenizer_identity(gpt2_tokenizer)
    assert json.loads(pq.read_schema(out).metadata[stream.META_KEY]) == {"token_lengths": {"finch": identity}}
    # A collection that records the same tokenizer keeps its counts (here deliberately wrong ones): no recount.
    marked = read_validated(collection()).replace_schema_metadata(
        {stream.META_KEY: json.dumps({"token_lengths": {"finch": identity}}).encode()})
    marked = marked.set_column(COLUMNS.index("reasoning_token_length"), "reasoning_token_length",
                               pa.array([777] * marked.num_rows, type=pa.int64()))
    pq.write_table(marked, tmp_path / "marked.parquet")
    curate_files(None, tmp_path / "marked.parquet", CFG, tmp_path / "kept.parquet", gpt2_tokenizer)
    assert set(read_parquet(tmp_path / "kept.parquet").column("reasoning_token_length").to_pylist()) == {777}


def test_teacher_and_finch_together(finch_dir, tmp_path):
    """Source `both`: our raw rows (already curated form) and the collection, curated into one sorted file."""
    ours = reference(collection(seed=5), {**CFG, "max_input_tokens": 10**9, "drop_unrecoverable": False})
    ours = ours.set_column(COLUMNS.index("instance_uid"), "instance_uid",
                           pa.array(["0" + u[1:] for u in ours.column("instance_uid").to_pylist()]))
    pq.write_table(ours, tmp_path / "raw.parquet")
    stats = curate_files(tmp_path / "raw.parquet", finch_dir, CFG, tmp_path / "both.parquet")
    expected = reference(pa.concat_tables([ours, read_validated(collection())]), CFG)
    assert read_parquet(tmp_path / "both.parquet").equals(expected) and stats["source"] == "both"


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing", "no such parquet file or folder"),
    (lambda d: d, "folder holds no .parquet shards"),
])
def test_bad_source_is_one_line(tmp_path, make, message):
    with pytest.raises(EftError, match=message) as info:
        curate_files(None, make(tmp_path), CFG, tmp_path / "o.parquet")
    assert "\n" not in str(info.value) and not (tmp_path / "o.parquet").exists()


@pytest.mark.slow
def test_finch_source_end_to_end(repo_copy, tmp_path):
    """micro experiment with trajectories.source=finch: tiny collection -> curated -> SFT -> held-out table, and
    no teacher search is run."""
    from conftest import snakemake

    src = write_shards(collection(iterations=30), tmp_path / "finch")
    name = "micro_finch"
    overrides = (f"overrides=[name={name},trajectories.source=finch,trajectories.finch.path={src},"
                 "trajectories.finch.exclude_domains=[math]]")
    dry = snakemake(repo_copy, "-n", "--cores", "2", "--config", "experiment=micro", overrides)
    assert "teacher_search" not in dry.stdout and "extract_trajectories" not in dry.stdout
    snakemake(repo_copy, "--cores", "2", "--config", "experiment=micro", overrides)
    results = repo_copy / "results" / name
    curated = read_parquet(results / "trajectories/curated.parquet")
    assert curated.num_rows > 0 and "math" not in set(curated.column("domain").to_pylist())
    stats = json.loads((results / "trajectories/stats.json").read_text())
    assert stats["source"] == "finch" and stats["kept"] == curated.num_rows
    assert not (results / "search").exists()
    table = (results / "tables/main.csv").read_text()
    assert "EFT-" in table
