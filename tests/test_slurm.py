"""The micro experiment through the SLURM profile on a real single-node SLURM (workflow/slurm/): sbatch, srun,
sacct status polling, job groups, a GPU request and a retry, ending with the same tables and trajectories as a
local run. Needs root and apt-get (to install and start SLURM) or a test cluster already running; skips
otherwise, saying which."""
from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import REPO, SNAKEMAKE, copy_repo

pytestmark = pytest.mark.slurm

SLURM_DIR = REPO / "workflow" / "slurm"
PROFILE = Path("workflow/profiles/slurm")
ACCOUNT = os.environ.get("EFT_SLURM_ACCOUNT", "eft")  # the test cluster's account (workflow/slurm/common.sh)
MICRO = ["--config", "experiment=micro"]
# Test-only hook, loaded through PYTHONPATH into every Python process of the SLURM run (and nowhere else):
# the first `eft search run --strategy diff` exits 1, as a job dies on a flaky node; its retry runs normally.
FAIL_ONCE_HOOK = '''
import os, sys
marker = os.environ.get("EFT_TEST_FAIL_ONCE")
if marker and sys.argv[1:3] == ["search", "run"] and "diff" in sys.argv:
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        pass
    else:
        sys.exit("injected failure (tests/test_slurm.py): first teacher search")
'''
SACCT_FIELDS = ["JobID", "State", "Partition", "ReqMem", "Timelimit", "AllocTRES", "Comment", "WorkDir",
                "Submit", "ExitCode"]


def _run(argv, check: bool = False, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(argv, check=check, capture_output=True, text=True, **kw)


def _cluster_up() -> bool:
    """A test cluster answers: its node is usable and we may submit under its account."""
    if not shutil.which("sinfo"):
        return False
    try:
        node = _run(["sinfo", "-h", "-o", "%t"], timeout=10).stdout.split()
        users = _run(["sacctmgr", "-n", "-P", "show", "assoc", "where", f"account={ACCOUNT}", "format=user"],
                     timeout=10).stdout.split()
    except subprocess.TimeoutExpired:
        return False
    return any(s in ("idle", "mix", "alloc") for s in node) and getpass.getuser() in users


def _script(name: str) -> None:
    proc = _run([str(SLURM_DIR / name)], timeout=600)
    if proc.returncode != 0:
        raise AssertionError(f"workflow/slurm/{name} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")


@pytest.fixture(scope="module")
def slurm_cluster():
    """The single-node test cluster: one already running (e.g. started by .ci/slurm) is used as it is;
    otherwise it is installed, configured and started here, and stopped again afterwards."""
    if _cluster_up():
        yield
        return
    if os.geteuid() != 0:
        pytest.skip("needs root to install and start a test SLURM (workflow/slurm/), and none is running")
    if not shutil.which("apt-get") and not shutil.which("slurmctld"):
        pytest.skip("needs apt-get to install slurm-wlm, munge and MariaDB (workflow/slurm/install)")
    for step in ("install", "configure", "start"):
        _script(step)
    try:
        yield
    finally:
        _script("stop")


def _snakemake(repo: Path, *args: str, env: dict) -> dict:
    """Start Snakemake in the background; the returned dict gets its output and wall time when it ends."""
    run: dict = {"args": args}

    def wait() -> None:
        started = time.monotonic()
        proc = _run([*SNAKEMAKE, *args], cwd=repo, env=env, timeout=1500)
        run.update(rc=proc.returncode, out=proc.stdout + proc.stderr, seconds=time.monotonic() - started)

    run["thread"] = threading.Thread(target=wait)
    run["thread"].start()
    return run


def _finish(run: dict) -> float:
    run["thread"].join()
    assert run["rc"] == 0, f"snakemake {' '.join(run['args'])} failed:\n{run['out'][-8000:]}"
    return run["seconds"]


def _profile_set_resources(repo: Path, extra: dict[str, dict]) -> list[str]:
    """The profile's set-resources as command-line entries, plus `extra` (a command line replaces the list)."""
    table = yaml.safe_load((repo / PROFILE / "config.yaml").read_text())["set-resources"]
    for rule, values in extra.items():
        table.setdefault(rule, {}).update(values)
    return [f"{rule}:{key}={value}" for rule, values in table.items() for key, value in values.items()]


def _sacct(workdir: Path) -> pd.DataFrame:
    """One row per SLURM job (not step) submitted from `workdir`."""
    out = _run(["sacct", "-X", "-n", "-P", "-a", "-S", "now-1days", "-o", ",".join(SACCT_FIELDS)],
               check=True, timeout=30).stdout
    rows = [line.split("|") for line in out.splitlines() if line.strip()]
    jobs = pd.DataFrame(rows, columns=SACCT_FIELDS)
    return jobs[jobs["WorkDir"] == str(workdir)].sort_values("Submit").reset_index(drop=True)


@pytest.fixture(scope="module")
def runs(slurm_cluster, tmp_path_factory):
    """The micro experiment run locally (micro_local) and, at the same time, through the profile (micro_slurm),
    in one repository copy."""
    repo = copy_repo(tmp_path_factory.mktemp("slurm_repo"))
    hook = tmp_path_factory.mktemp("hook")
    (hook / "sitecustomize.py").write_text(FAIL_ONCE_HOOK)
    env = {**os.environ, "PYTHONPATH": str(repo / "src")}
    node_mem = int(_run(["sinfo", "-h", "-o", "%m"], check=True).stdout.split()[0])
    slurm_env = {**env, "PYTHONPATH": f"{repo / 'src'}{os.pathsep}{hook}",
                 "EFT_TEST_FAIL_ONCE": str(hook / "failed-once"), "EFT_SLURM_ACCOUNT": ACCOUNT,
                 "EFT_SLURM_PARTITION": "cpu", "EFT_SLURM_GPU_PARTITION": "gpu"}
    local = _snakemake(repo, "--cores", "2", *MICRO, "overrides=[name=micro_local]", env=env)
    slurm = _snakemake(
        repo, "--profile", str(PROFILE), *MICRO, "overrides=[name=micro_slurm]",
        # sized to the test node: a submission is at most its 2 CPUs and 2/3 of its memory (so a doubled retry
        # still fits); polling starts 2 s after a submission and repeats every 2 s (a real cluster keeps the
        # gentler defaults); fine-tuning asks for the node's (fake) GPU
        "--cores", "2", "--resources", f"mem_mb={node_mem * 2 // 3}",
        "--slurm-init-seconds-before-status-checks", "2", "--seconds-between-status-checks", "2",
        "--set-resources", *_profile_set_resources(repo, {"finetune": {"gpu": 1}}),
        env=slurm_env)
    slurm_s, local_s = _finish(slurm), _finish(local)
    jobs = _sacct(repo)
    print(f"\nmicro, both runs at once: local {local_s:.0f} s, through SLURM {slurm_s:.0f} s, "
          f"{len(jobs)} sbatch submissions")
    print(jobs.drop(columns=["WorkDir", "Submit"]).to_string())
    return {"repo": repo, "jobs": jobs, "hook_fired": (hook / "failed-once").exists()}


def test_same_tables_and_trajectories_as_local(runs):
    results = runs["repo"] / "results"
    tables = sorted(p.name for p in (results / "micro_local" / "tables").glob("*.csv"))
    assert tables and tables == sorted(p.name for p in (results / "micro_slurm" / "tables").glob("*.csv"))
    for name in tables:
        pd.testing.assert_frame_equal(pd.read_csv(results / "micro_slurm" / "tables" / name),
                                      pd.read_csv(results / "micro_local" / "tables" / name), obj=name)
    curated = "trajectories/curated.parquet"
    pd.testing.assert_frame_equal(pd.read_parquet(results / "micro_slurm" / curated),
                                  pd.read_parquet(results / "micro_local" / curated))


def test_failed_job_is_retried_with_more_memory_and_time(runs):
    jobs = runs["jobs"]
    assert runs["hook_fired"]
    failed = jobs[jobs["State"] == "FAILED"]
    assert len(failed) == 1, jobs.to_string()
    retry = jobs[(jobs["Comment"] == failed["Comment"].iloc[0]) & (jobs.index > failed.index[0])]
    assert list(retry["State"]) == ["COMPLETED"], jobs.to_string()

    def mem_mb(text: str) -> float:  # sacct's ReqMem: 8000M or 16G
        return float(text[:-1]) * {"M": 1, "G": 1024}[text[-1]]

    assert mem_mb(retry["ReqMem"].iloc[0]) == 2 * mem_mb(failed["ReqMem"].iloc[0])
    assert pd.to_timedelta(retry["Timelimit"].iloc[0].replace("-", " days ")) == 2 * pd.to_timedelta(
        failed["Timelimit"].iloc[0].replace("-", " days "))


def test_groups_local_rules_gpu_and_logs(runs):
    jobs, repo = runs["jobs"], runs["repo"]
    assert (jobs["State"].isin(["COMPLETED", "FAILED"])).all(), jobs.to_string()
    comments = set(jobs["Comment"])
    # aggregation, table and figure rules never reach the queue
    local = ("resolved_config", "task_manifest", "task_suite_stats", "teacher_runs_table", "main_table", "figure_")
    assert not [c for c in comments if c.startswith(tuple(f"rule_{r}" for r in local))], comments
    # task materializations and teacher searches travel as one submission per group
    for group in ("tasks", "teacher"):
        assert [c for c in comments if c.startswith(f"rule_{group}_")], comments
    assert not [c for c in comments if c.startswith(("rule_materialize_task", "rule_teacher_search"))], comments
    # the held-out searches (array jobs, but in micro each becomes ready alone: one task each) on the GPU partition
    heldout = jobs[jobs["Comment"].str.startswith("rule_heldout_search")]
    assert len(heldout) == 2 and set(heldout["Partition"]) == {"gpu"}, jobs.to_string()
    finetune = jobs[jobs["Comment"].str.startswith("rule_finetune")]
    assert list(finetune["Partition"]) == ["gpu"] and "gres/gpu=1" in finetune["AllocTRES"].iloc[0]
    assert set(jobs["Partition"]) == {"cpu", "gpu"}
    logs = list((repo / "results" / "micro_slurm" / "logs" / "slurm").rglob("*.log"))
    assert len(logs) == len(jobs), sorted(map(str, logs))


def test_missing_account_stops_with_one_line_before_submitting(runs):
    repo = runs["repo"]
    env = {k: v for k, v in os.environ.items() if k != "EFT_SLURM_ACCOUNT"}
    proc = _run([*SNAKEMAKE, "--profile", str(PROFILE), *MICRO, "overrides=[name=micro_noaccount]"],
                cwd=repo, env={**env, "PYTHONPATH": str(repo / "src"), "EFT_SLURM_PARTITION": "cpu",
                               "EFT_SLURM_GPU_PARTITION": "gpu"}, timeout=300)
    assert proc.returncode == 1
    assert "SLURM needs slurm_account (jobs of " in proc.stderr + proc.stdout
    assert len(_sacct(repo)) == len(runs["jobs"])  # nothing was submitted
