"""Shared fixtures: a throwaway copy of the repository for workflow runs, and the suite's tasks materialized
once per session (as the DAG materializes them) with their evaluators."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eft.cli import main as eft_main
from eft.tasks.materialize import materialize
from eft.tasks.proofs import ProofReport, prove_many
from eft.tasks.registry import LoadedEvaluator, discover, get, load_evaluator

REPO = Path(__file__).resolve().parents[1]
SNAKEMAKE = [sys.executable, "-m", "snakemake"]


def repo_files() -> list[str]:
    """Tracked and untracked-but-not-ignored files: what a fresh clone (plus work in progress) holds."""
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True,
                         capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if (REPO / line).is_file()]


def copy_repo(dest: Path) -> Path:
    for rel in repo_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, target)
    return dest


def snakemake(workdir: Path, *args: str, check: bool = True, timeout: float = 1800) -> subprocess.CompletedProcess:
    """Run Snakemake in a repository copy, with the copy's own `src/` ahead of the editable install."""
    env = {**os.environ, "PYTHONPATH": str(workdir / "src")}
    proc = subprocess.run([*SNAKEMAKE, *args], cwd=workdir, capture_output=True, text=True, timeout=timeout, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"snakemake {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}")
    return proc


def kill_once_exists(argv: list[str], marker: Path, timeout: float, env: dict | None = None) -> None:
    """Start argv in its own session and SIGKILL the whole group as soon as `marker` exists."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline, f"{marker.name} never appeared before the kill"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


TASK_SEED = 0  # experiment seed of the materialized copies: the default experiment's, as in reference.initial


@pytest.fixture(scope="session")
def task_copy(tmp_path_factory):
    """`task_copy(task_id)`: the folder of tasks/<task_id> materialized with TASK_SEED, made on first use."""
    root = tmp_path_factory.mktemp("tasks")

    def make(task_id: str) -> Path:
        out = root / task_id
        if not (out / "task.yaml").is_file():
            materialize(get(task_id), out, TASK_SEED)
        return out
    return make


@pytest.fixture(scope="session")
def task_evaluator(task_copy):
    """`task_evaluator(task_id)`: the task's evaluator bound to its materialized copy (call it on a program;
    `.module` holds the evaluator's helpers)."""
    loaded: dict[str, LoadedEvaluator] = {}

    def load(task_id: str) -> LoadedEvaluator:
        if task_id not in loaded:
            loaded[task_id] = load_evaluator(task_copy(task_id))
        return loaded[task_id]
    return load


@pytest.fixture(scope="session")
def repo_copy(tmp_path_factory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("repo"))


MICRO_MODEL = {
    "kind": "tiny", "name": "micro", "path": None,
    "tokenizer": {"vocab_size": 512, "corpus_max_bytes": 60_000},
    "arch": {"hidden_size": 32, "num_layers": 2, "num_heads": 2, "intermediate_size": 64, "context": 256},
    "pretrain": {"steps": 3, "batch_size": 2, "seq_len": 64, "lr": 3e-3, "warmup": 1},
}


def make_micro_model(root: Path) -> Path:
    """Tokenizer + 3-step pretrained micro model under `root`, built through the CLI as the workflow does."""
    program = root / "task_a" / "initial_program.py"
    program.parent.mkdir(parents=True)
    program.write_text("# EVOLVE-BLOCK-START\ndef f(x):\n    return x + 1\n# EVOLVE-BLOCK-END\n")
    cfg = json.dumps({**MICRO_MODEL, "seed": 0})
    assert eft_main(["train", "tokenizer", "--cfg", cfg, "--task-programs", str(program),
                     "--corpus-out", str(root / "corpus.txt"), "--out", str(root / "tok")]) == 0
    assert eft_main(["train", "pretrain", "--cfg", cfg, "--tokenizer", str(root / "tok"),
                     "--corpus", str(root / "corpus.txt"), "--out", str(root / "base")]) == 0
    return root / "base"


@pytest.fixture(scope="session")
def micro_model(tmp_path_factory) -> Path:
    """A micro base model shared by the training and operator tests."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return make_micro_model(tmp_path_factory.mktemp("micro_model"))


@pytest.fixture(scope="session")
def heldout_reports() -> dict[str, ProofReport]:
    """eft.tasks.proofs for every held-out task, proven once per session two at a time (each proof is a chain of
    sandboxed runs on one core); the suite test and the per-family tests read the same evaluations."""
    specs = sorted((spec for spec in discover().values() if spec.split == "heldout"), key=lambda spec: spec.id)
    return {report.task: report for report in prove_many(specs, TASK_SEED, jobs=2)}
