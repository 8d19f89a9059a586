"""Curating the Finch Collection at its real size (issue 14): time, peak memory and rows/s.

    python benchmarks/finch_curation.py generate --out /tmp/finch_bench            # once: the synthetic collection
    python benchmarks/finch_curation.py run --data /tmp/finch_bench --sizes 10000 50000 156731 \
        --tokenizer results/mini/model/base [--before 10000] [--dag 156731]

`generate` writes a synthetic collection in the published 25-column schema, as HF-style shards
(`train-NNNNN.parquet`, 10,000 rows each, row groups of 1,000 rows, snappy), with the published size and the
paper's mix (docs/PAPER.md#counts-filters-and-labels): 156,731 rows; 9.4 % of them hit one of the three
filters (we assume 4.0 % systematic errors, 4.0 % unrecoverable breakage, 1.4 % over-long prompts: the paper
gives only the total); the rest are improved / unchanged / regressed at 39.4 / 19.2 / 41.3 %; Python 68.5 %
of tasks; both strategies per task. Each of 710 runs (355 tasks x 2 strategies) evolves real program text
from tasks/ (programs of 2-10 KB, a few lines changed per child) and writes OpenEvolve-style prompts of
4-20 KB (the parent and other programs of the run), diff or full-rewrite answers and short reasoning. Rows are
in run order, not in instance_uid order, so curation has to sort. The four token-length columns are a stand-in
(characters / 3): "reused" curation takes them as published.

`run` measures, each in a fresh process (wall time; peak RSS of the process tree from getrusage):
    after, reused   `eft trajectories import-finch` keeping the published counts
    after, recount  the same with --tokenizer (counts recounted: the token-length filter in our tokenizer)
    before          the implementation of commit f26acc4 (`git archive` into a temp folder), on --before
                    sizes only; its output must equal the new output row for row
    dag             the curate_trajectories job of the micro experiment with trajectories.source=finch
and prints a Markdown table. Sizes are the first N rows (whole shards; a single file for one shard).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARD_ROWS = 10_000
ROWS = 156_731
TASKS = 355
DOMAINS = {  # training tasks per domain (the paper's 355 over 10 domains, proportions of our suite)
    "competitive_programming": 165, "numerical": 43, "math": 37, "heuristic": 34, "symreg_physics": 34,
    "symreg_biology": 21, "symreg_chemistry": 11, "constructive": 5, "gpu_kernel": 3, "scrna": 2}
OUTCOMES = {"systematic": 0.040, "unrecoverable": 0.040, "over_long": 0.014,
            "improved": 0.394 * 0.906, "unchanged": 0.192 * 0.906, "regressed": 0.413 * 0.906}
SYSTEM = ("You are an expert software engineer improving a program inside an evolutionary search. Propose one "
          "change that raises combined_score. Answer with SEARCH/REPLACE blocks (diff) or the whole program "
          "(full rewrite).\n")
WORDS = ["the", "score", "improves", "when", "we", "vectorize", "inner", "loop", "instead", "of", "recomputing",
         "distance", "matrix", "each", "iteration", "so", "cache", "pairwise", "terms", "keep", "greedy", "order",
         "but", "restart", "from", "best", "partial", "solution", "and", "tighten", "bound", "because", "evaluator",
         "penalizes", "timeouts", "more", "than", "small", "losses"]


def _hex(*parts) -> str:
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _pool(language: str) -> list[str]:
    pattern = "*.py" if language == "python" else "*.cpp"
    files = sorted(p for p in (REPO / "tasks").rglob(pattern) if "__pycache__" not in p.parts)
    return [line for p in files for line in p.read_text(errors="replace").splitlines() if line.strip()]


def _program(rng: random.Random, pool: list[str]) -> list[str]:
    size, start, lines = rng.randint(2_000, 10_000), rng.randrange(len(pool)), []
    while sum(map(len, lines)) + len(lines) < size:
        lines.append(pool[(start + len(lines)) % len(pool)])
    return lines


def _mutate(rng: random.Random, lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    child, edits = list(lines), []
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(child))
        new = f"{child[i]}  # tuned {rng.randint(0, 10**6)}" if rng.random() < 0.7 else child[i].replace(
            "1", str(rng.randint(2, 99)))
        edits.append((child[i], new))
        child[i] = new
    return child, edits


def _reasoning(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    return " ".join(rng.choice(WORDS) if rng.random() < 0.9 else str(rng.randint(0, 9999))
                    for _ in range(rng.randint(30, 300)))


def _rows(seed: int, total: int):
    """Rows of the synthetic collection, run by run."""
    from eft.trajectories.extract import dumps

    rng = random.Random(seed)
    pools = {lang: _pool(lang) for lang in ("python", "cpp")}
    tasks = [(domain, f"{domain}_{k:03d}") for domain, n in DOMAINS.items() for k in range(n)]
    runs = [(d, t, s) for d, t in tasks for s in ("diff", "full_rewrite")]
    per_run, extra = divmod(total, len(runs))
    outcomes, weights = list(OUTCOMES), list(OUTCOMES.values())
    for r, (domain, task, strategy) in enumerate(runs):
        language = "python" if _hex(task)[0] < "b" else "cpp"   # ~68.75 % of tasks
        uid = _hex(task, strategy, 0, "teacher")
        root = _hex(uid, "root")[:36]
        programs = {root: (_program(rng, pools[language]), 0.5, 0)}
        parents = [root]
        for iteration in range(1, per_run + (r < extra) + 1):
            parent_id = rng.choice(parents[-20:])
            code, score, generation = programs[parent_id]
            child_code, edits = _mutate(rng, code)
            outcome = rng.choices(outcomes, weights)[0]
            child_id = _hex(uid, iteration)[:36]
            child_metrics = {"combined_score": round(score + rng.uniform(0.001, 0.05), 6), "runtime_s": 1.0}
            if outcome == "unchanged":
                child_metrics["combined_score"] = score
            elif outcome == "regressed":
                child_metrics["combined_score"] = round(score * rng.uniform(0.5, 0.99), 6)
            elif outcome == "systematic":
                child_metrics = {"error": 0.0, "timeout": True}
            elif outcome == "unrecoverable":
                child_metrics = {"combined_score": 0.0, "error": "IndexError: list index out of range"}
            parent_metrics = {"combined_score": score, "runtime_s": 1.0}
            others = [programs[p][0] for p in rng.sample(parents[-20:], min(len(parents[-20:]), 3))]
            header = f"# Current program (combined_score {score})\n```{language}\n"
            user = header + "\n".join(code) + "\n```\n# Other programs of this run\n"
            target = rng.randint(4_000, 20_000) if outcome != "over_long" else rng.randint(130_000, 150_000)
            while len(user) < target:
                other = others[len(user) % len(others)]
                user += f"```{language}\n" + "\n".join(other) + "\n```\n"
            user = user[:target] + "\nPropose one improvement.\n"
            if strategy == "diff":
                response = "".join(f"<<<<<<< SEARCH\n{a}\n=======\n{b}\n>>>>>>> REPLACE\n" for a, b in edits)
            else:
                response = f"```{language}\n" + "\n".join(child_code) + "\n```"
            reasoning = _reasoning(rng)
            child_score = child_metrics.get("combined_score")
            delta = {k: child_metrics[k] - parent_metrics[k] for k in sorted(child_metrics)
                     if k in parent_metrics and not isinstance(child_metrics[k], bool)}
            label = ("improved" if (delta.get("combined_score") or 0) > 0 else
                     "regressed" if (delta.get("combined_score") or 0) < 0 else "unchanged")
            yield {
                "domain": domain, "task": task,
                "trajectory": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user},
                               {"role": "assistant", "content": response}],
                "improvement_label": label, "improvement_delta": dumps(delta),
                "global_uid": _hex(uid, iteration, child_id), "instance_uid": uid, "iteration": iteration,
                "island_id": rng.randrange(5), "generation": generation + 1,
                "parent_id": parent_id, "child_id": child_id,
                "parent_metrics": dumps(parent_metrics), "child_metrics": dumps(child_metrics),
                "parent_code": "\n".join(code), "child_code": "\n".join(child_code),
                "metadata": dumps({"strategy": strategy, "language": language, "operator": "Qwen3.5-397B-A17B",
                                   "seed": 0, "evolution_mode": strategy, "llm_model": "Qwen3.5-397B-A17B"}),
                "system_prompt": SYSTEM, "user_prompt": user, "reasoning": reasoning, "response": response,
                "system_token_length": len(SYSTEM) // 3, "user_token_length": len(user) // 3,
                "reasoning_token_length": len(reasoning) // 3, "response_token_length": len(response) // 3,
            }
            if outcome not in ("systematic", "unrecoverable"):
                programs[child_id] = (child_code, child_score, generation + 1)
                parents.append(child_id)


def generate(out: Path, rows: int, seed: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eft.trajectories.schema import SCHEMA

    out.mkdir(parents=True, exist_ok=True)
    batch, shard, writer = [], 0, None
    for i, row in enumerate(_rows(seed, rows)):
        batch.append(row)
        if len(batch) == 1000 or i == rows - 1:
            if writer is None:
                writer = pq.ParquetWriter(out / f".train-{shard:05d}.parquet", SCHEMA, compression="snappy")
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            batch = []
            if (i + 1) % SHARD_ROWS == 0 or i == rows - 1:
                writer.close()
                os.replace(out / f".train-{shard:05d}.parquet", out / f"train-{shard:05d}.parquet")
                writer, shard = None, shard + 1
                print(f"{i + 1} rows", flush=True)


def sample(data: Path, rows: int, folder: Path) -> Path:
    """The first `rows` rows (whole shards): a file for one shard, else a folder of links."""
    shards = sorted(data.glob("train-*.parquet"))[: (rows + SHARD_ROWS - 1) // SHARD_ROWS]
    if len(shards) == 1:
        return shards[0]
    out = folder / f"sample{rows}"
    out.mkdir(exist_ok=True)
    for shard in shards:
        if not (out / shard.name).exists():
            (out / shard.name).symlink_to(shard)
    return out


def measure(argv: list[str], env: dict | None = None, cwd: Path | None = None) -> dict:
    """Wall time and peak RSS (the largest process of the tree) of one command run in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *argv], env=env, cwd=cwd, capture_output=True, text=True,
                          check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        return {"wall_s": wall, "peak_gb": None, "error": (proc.stderr or proc.stdout).strip().splitlines()[-2:]}
    peak_kb, user, system = proc.stderr.strip().splitlines()[-1].split()
    load = os.getloadavg()[0]   # the machine is shared: the 1-minute load average when the command ended
    return {"wall_s": wall, "cpu_s": float(user) + float(system), "peak_gb": int(peak_kb) / 2**20, "load": load}


def eft_argv(python: str, src: Path, out: Path, tokenizer: Path | None, cfg: dict) -> list[str]:
    code = "import sys; from eft.cli import main; sys.exit(main(sys.argv[1:]))"
    argv = [python, "-c", code, "trajectories", "import-finch", "--src", str(src), "--cfg", json.dumps(cfg),
            "--out", str(out), "--stats", str(out.with_suffix(".json"))]
    return argv + (["--tokenizer", str(tokenizer)] if tokenizer else [])


def same_rows(a: Path, b: Path) -> bool:
    """Both parquet files hold the same rows in the same order (compared 1,000 rows at a time)."""
    import pyarrow.parquet as pq

    from eft.trajectories.schema import validate_table

    fa, fb = pq.ParquetFile(a), pq.ParquetFile(b)
    if fa.metadata.num_rows != fb.metadata.num_rows:
        return False
    for x, y in zip(fa.iter_batches(batch_size=1000), fb.iter_batches(batch_size=1000)):
        tx, ty = (validate_table(__import__("pyarrow").Table.from_batches([t])) for t in (x, y))
        if not tx.equals(ty):
            return False
    return True


def dag_argv(data: Path, name: str) -> list[str]:
    overrides = (f"[name={name},trajectories.source=finch,trajectories.finch.path={data},"
                 "trajectories.finch.token_lengths=published,trajectories.max_input_tokens=32768]")
    return [sys.executable, "-m", "snakemake", "--snakefile", str(REPO / "Snakefile"), "--cores", "2",
            f"results/{name}/trajectories/curated.parquet", "--config", "experiment=micro", f"overrides={overrides}"]


def run(args) -> None:
    cfg = {"max_input_tokens": 32768, "drop_unrecoverable": True}
    work = Path(tempfile.mkdtemp(prefix="finch_bench.", dir=args.work))
    results = []
    before_src = None
    if args.before:
        before_src = work / "before"
        before_src.mkdir()
        archive = subprocess.run(["git", "archive", "f26acc4", "src/eft"], cwd=REPO, check=True, capture_output=True)
        tar = work / "before.tar"
        tar.write_bytes(archive.stdout)
        with tarfile.open(tar) as t:
            t.extractall(before_src, filter="data")
    new_env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for rows in args.sizes:
        src = sample(args.data, rows, work)
        n = min(rows, ROWS)
        for mode, tok in (("reused", None), ("recount", args.tokenizer)):
            if mode == "recount" and rows not in args.recount:
                continue
            out = work / f"after_{mode}_{rows}.parquet"
            result = measure(eft_argv(sys.executable, src, out, tok, cfg), env=new_env)
            results.append({"rows": n, "what": f"after, {mode}", **result})
            print(json.dumps(results[-1]), flush=True)
            if rows in args.before:
                old = work / f"before_{mode}_{rows}.parquet"
                env = {**os.environ, "PYTHONPATH": str(before_src / "src")}
                result = measure(eft_argv(sys.executable, src, old, tok, cfg), env=env)
                result["same_rows"] = old.is_file() and same_rows(old, out)
                results.append({"rows": n, "what": f"before, {mode}", **result})
                print(json.dumps(results[-1]), flush=True)
                old.unlink(missing_ok=True)
            out.unlink(missing_ok=True)
        if rows in args.dag:
            dag_dir = work / f"dag{rows}"
            dag_dir.mkdir()
            result = measure(dag_argv(src.resolve(), f"finch_bench_{rows}"), env=new_env, cwd=dag_dir)
            results.append({"rows": n, "what": "after, DAG job (snakemake, reused)", **result})
            print(json.dumps(results[-1]), flush=True)
            shutil.rmtree(dag_dir, ignore_errors=True)
    print("\n| rows | what | wall s | CPU s | peak GB | rows/s | load | same rows as before |\n"
          "|---:|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        if r.get("peak_gb") is None:
            print(f"| {r['rows']:,} | {r['what']} | failed: {r.get('error')} |")
            continue
        print(f"| {r['rows']:,} | {r['what']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {r['peak_gb']:.2f} | "
              f"{r['rows'] / r['wall_s']:,.0f} | {r['load']:.1f} | {r.get('same_rows', '')} |")
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("generate")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--rows", type=int, default=ROWS)
    p.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("run")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, ROWS])
    p.add_argument("--recount", type=int, nargs="*", default=[10_000, 50_000, ROWS], help="sizes also recounted")
    p.add_argument("--before", type=int, nargs="*", default=[10_000], help="sizes also run with f26acc4's code")
    p.add_argument("--dag", type=int, nargs="*", default=[ROWS], help="sizes also run as the DAG job")
    p.add_argument("--tokenizer", type=Path, default=REPO / "results/mini/model/base")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    if args.action == "generate":
        generate(args.out, args.rows, args.seed)
    else:
        run(args)


if __name__ == "__main__":
    main()
