"""The whole DAG on the micro experiment, plus the rerun behaviour users rely on."""
from __future__ import annotations

import json
import re
import shutil

import pandas as pd
import pytest
from conftest import snakemake

from eft.trajectories.schema import COLUMNS

MICRO = ["--config", "experiment=micro"]
pytestmark = pytest.mark.slow


def jobs_to_run(workdir, *extra: str) -> dict[str, int]:
    """Rule name -> job count of a dry run (parsed from Snakemake's job stats table)."""
    proc = snakemake(workdir, "-n", "--cores", "2", *MICRO, *extra)
    text = proc.stdout + proc.stderr
    if "Nothing to be done" in text:
        return {}
    stats = text.split("Job stats:", 1)[1]
    rows = re.findall(r"^(\w+)\s+(\d+)\s*$", stats, flags=re.MULTILINE)
    return {rule: int(n) for rule, n in rows if rule not in {"total", "all"}}


@pytest.fixture(scope="module")
def micro_run(repo_copy):
    snakemake(repo_copy, "--cores", "2", *MICRO)
    return repo_copy / "results" / "micro"


def test_micro_outputs(micro_run):
    for rel in ["config.yaml", "tasks/manifest.json", "trajectories/curated.parquet", "tables/main.csv",
                "tables/main.md", "tables/main.tex", "figures/task_distribution.png", "figures/best_so_far.pdf"]:
        assert (micro_run / rel).stat().st_size > 0, rel
    curated = pd.read_parquet(micro_run / "trajectories/curated.parquet")
    assert tuple(curated.columns) == COLUMNS
    assert len(curated) > 0
    main = pd.read_csv(micro_run / "tables/main.csv")
    assert {"model", "base_model", "task", "direction", "score"} <= set(main.columns)
    assert set(main["task"]) == {"circle_packing_26"}
    assert main["score"].notna().all()
    runs = pd.read_csv(micro_run / "tables/teacher_runs.csv")
    assert len(runs) == len(list((micro_run / "search").glob("*/*/*/summary.json"))) > 0
    assert (runs["status"] == "ok").all() and runs["best"].notna().all()
    resolved = (micro_run / "config.yaml").read_text()
    assert "name: micro" in resolved and "checkpoint_interval" not in resolved  # result keys only
    ops = json.loads((micro_run / "operational.json").read_text())
    assert ops["teacher_search"]["search"] == {"checkpoint_interval": 4, "workers": 1}


def test_nothing_left_to_do(micro_run, repo_copy):
    assert jobs_to_run(repo_copy) == {}


def test_editing_a_figure_module_reruns_only_that_figure(micro_run, repo_copy):
    module = repo_copy / "src/eft/figures/best_so_far.py"
    original = module.read_text()
    module.write_text(original + "\n# edited\n")
    try:
        assert jobs_to_run(repo_copy) == {"figure_best_so_far": 1}
    finally:
        module.write_text(original)


EVAL = {"heldout_search", "main_table", "figure_main_delta", "figure_algotune_speedup", "figure_best_so_far",
        "figure_scaling", "figure_edit_rates"}
TEACHER = {"teacher_search", "teacher_runs_table", "extract_trajectories", "curate_trajectories",
           "figure_trajectory_breakdown", "finetune"} | EVAL
# key=value -> the rules that must rerun after a finished micro run (the `all` target apart). A result key also
# reruns resolved_config (config.yaml records the result keys); an operational key reruns nothing at all.
RERUN_TABLE = {
    "search.checkpoint_interval=3": set(),
    "search.workers=2": set(),
    "models.tiny.pretrain.checkpoint_interval=7": set(),
    "train.checkpoint_interval=3": set(),
    "search.iterations=9": TEACHER,
    "search.num_islands=2": TEACHER,
    "search.operator.temperature=0.5": TEACHER,
    "eval.iterations=4": EVAL,
    "eval.operator.temperature=0.5": EVAL,
    "eval.operator.max_tokens=100": EVAL,
    "train.lr=0.002": {"finetune"} | EVAL,
    "train.target=reasoning_and_answer": {"finetune"} | EVAL,
    "trajectories.max_input_tokens=1000": {"curate_trajectories", "figure_trajectory_breakdown", "finetune"} | EVAL,
    "models.tiny.pretrain.steps=21": {"base_pretrain", "finetune"} | EVAL,
    "models.tiny.tokenizer.vocab_size=2000": {"base_tokenizer", "base_pretrain", "extract_trajectories"} | TEACHER
    - {"teacher_search", "teacher_runs_table"},
}


@pytest.mark.parametrize("override", list(RERUN_TABLE))
def test_rerun_table(micro_run, repo_copy, override):
    """Each key reruns exactly the jobs whose output depends on it; operational keys rerun nothing else."""
    jobs = jobs_to_run(repo_copy, f"overrides=[{override}]")
    expected = RERUN_TABLE[override] and {"resolved_config"} | RERUN_TABLE[override]
    assert set(jobs) == expected


def test_heldout_runs_of_the_base_model_stay_when_only_the_finetuned_model_changes(micro_run, repo_copy):
    assert jobs_to_run(repo_copy, "overrides=[train.lr=0.002]")["heldout_search"] == 1
    assert jobs_to_run(repo_copy, "overrides=[eval.iterations=4]")["heldout_search"] == 2


def test_report_builds(micro_run, repo_copy):
    snakemake(repo_copy, "--cores", "1", *MICRO, "--report", "report.html")
    assert (repo_copy / "report.html").stat().st_size > 10_000


def test_bad_override_stops_with_one_line(repo_copy):
    proc = snakemake(repo_copy, "-n", "--cores", "1", *MICRO, "overrides=[search.iterations=abc]", check=False)
    assert proc.returncode != 0
    assert "bad value for config key 'search.iterations'" in proc.stdout + proc.stderr


def test_unknown_key_names_the_key(repo_copy):
    proc = snakemake(repo_copy, "-n", "--cores", "1", *MICRO, "overrides=[+train.warmup_stepz=3]", check=False)
    assert proc.returncode != 0
    assert "unknown config key 'train.warmup_stepz'" in proc.stdout + proc.stderr


def test_lint_passes(repo_copy):
    proc = snakemake(repo_copy, "--lint", *MICRO, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_slurm_profile_dry_run(repo_copy):
    proc = snakemake(repo_copy, "-n", "--forceall", "--profile", "workflow/profiles/slurm", *MICRO)
    assert "finetune" in proc.stdout + proc.stderr


def test_default_experiment_dag_builds(repo_copy):
    proc = snakemake(repo_copy, "-n", "--cores", "2")
    text = proc.stdout + proc.stderr
    assert "teacher_search" in text and "heldout_search" in text


def test_real_model_experiment_skips_the_tiny_model(micro_run, repo_copy):
    """`paper` with a local model folder: no tokenizer/pretraining jobs, the folder is the base model."""
    local_model = (micro_run / "model" / "tiny").resolve()
    paths = ",".join(f"models.{base}.path={local_model}" for base in ("qwen35_2b", "qwen35_4b", "qwen3_8b", "qwen35_9b"))
    # two tasks only: the 9B model's task-subset variants (sft@train15, ...) need the whole training suite
    overrides = (f"overrides=[{paths},models.qwen35_9b.variants=[sft],"
                 "tasks.select=[function_minimization,circle_packing_26]]")
    proc = snakemake(repo_copy, "-n", "--cores", "2", "--config", "experiment=paper", overrides)
    text = proc.stdout + proc.stderr
    assert "finetune" in text and "teacher_search" in text
    assert "base_pretrain" not in text and "base_tokenizer" not in text


def test_endpoint_settings_reach_the_job_but_not_its_params(repo_copy):
    """An endpoint's address, timeout and retries are operational: absent from the teacher search's --cfg
    (its params), present in the operational settings file the job reads."""
    override = "overrides=[operator=openai,search.operator.endpoint.retries=7,search.operator.endpoint.timeout_s=77]"
    proc = snakemake(repo_copy, "-n", "-p", "--cores", "1", *MICRO, override, "--forcerun", "teacher_search")
    commands = [line for line in (proc.stdout + proc.stderr).splitlines() if "eft search run" in line]
    assert commands and all('"endpoint"' not in c and "retries" not in c for c in commands)
    teacher = [c for c in commands if "--ops results/micro/operational.json --ops-key teacher_search" in c]
    assert len(teacher) == 4  # 2 training tasks x 2 strategies
    ops = json.loads((repo_copy / "results/micro/operational.json").read_text())
    assert ops["teacher_search"]["operator"]["endpoint"]["retries"] == 7
    snakemake(repo_copy, "-n", "--cores", "1", *MICRO)  # loading the default config again restores the file
    ops = json.loads((repo_copy / "results/micro/operational.json").read_text())
    assert ops["teacher_search"]["operator"] == {}


def test_a_broken_task_outside_the_selection_does_not_stop_the_dag(repo_copy):
    """A named selection reads only its own task.yaml files; the suite statistics note the broken one."""
    broken = repo_copy / "tasks" / "cp_qap" / "task.yaml"
    original = broken.read_text()
    broken.write_text("id: [unclosed\n")
    try:
        proc = snakemake(repo_copy, "-n", "--forceall", "--cores", "1", *MICRO)
        assert "teacher_search" in proc.stdout + proc.stderr
        proc = snakemake(repo_copy, "-n", "--cores", "1", *MICRO, "overrides=[tasks.select=[cp_qap]]", check=False)
        assert proc.returncode != 0 and "cp_qap/task.yaml: line 2 malformed YAML" in proc.stdout + proc.stderr
    finally:
        broken.write_text(original)


def test_served_student_path_gives_the_in_process_tables(micro_run, repo_copy, tmp_path):
    """eval.serving.kind server: one job per model starts a server (here the stand-in `eft serve`), runs the
    model's searches against it and stops it; the held-out tables equal the in-process run's."""
    served = tmp_path / "served"
    shutil.copytree(repo_copy, served, symlinks=True)
    command = "'eft serve --model {model} --port {port} --served-name {name}'"
    override = f"overrides=[eval.serving.kind=server,eval.serving.command={command}]"
    assert set(jobs_to_run(served, override)) >= {"heldout_served_0", "main_table"}
    snakemake(served, "--cores", "2", *MICRO, override)
    for table in ("main.csv", "curves.csv", "edit_rates.csv"):
        assert (served / "results/micro/tables" / table).read_text() == (micro_run / "tables" / table).read_text()
    logs = sorted((served / "results/micro/logs/eval/served").glob("*.log"))
    assert len(logs) == 2  # one served job per model: the base and its SFT model
