"""The training suite at the paper's scale: at least the paper's task count in every domain, at least 60
problem families of at most 12 members, no held-out family in training, and a stratified sample — one member
of every family — proving its evaluator (the same proofs as the held-out suite). The full validation is
`eft tasks validate --split train --jobs 2` (docs/TRAINING_SUITE.md); CI runs this sample."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from eft.tasks.proofs import prove_many
from eft.tasks.registry import MAX_FAMILY_MEMBERS, discover
from eft.tasks.suite import families_markdown, format_stats, stats_rows, suite_problems

SUITE = discover()
TRAIN = {t: spec for t, spec in SUITE.items() if spec.split == "train"}
# paper §3: training tasks per domain (371 in all)
PAPER_COUNTS = {"competitive_programming": 172, "numerical": 47, "symreg_physics": 44, "heuristic": 35,
                "math": 28, "symreg_biology": 24, "symreg_chemistry": 12, "gpu_kernel": 4, "scrna": 3,
                "constructive": 2}
MIN_FAMILIES = 60


def _sample() -> dict[str, str]:
    """One member per training family: the first by id (a fixed sample, so a failure reproduces)."""
    members = defaultdict(list)
    for task, spec in sorted(TRAIN.items()):
        members[spec.family].append(task)
    return {family: tasks[0] for family, tasks in sorted(members.items())}


SAMPLE = _sample()


def test_counts_per_domain_reach_the_papers():
    counts = Counter(spec.domain for spec in TRAIN.values())
    short = {d: (counts.get(d, 0), n) for d, n in PAPER_COUNTS.items() if counts.get(d, 0) < n}
    assert not short, f"domains below the paper's count (have, need): {short}"


def test_families_are_many_small_and_new():
    families = Counter(spec.family for spec in TRAIN.values())
    assert len(families) >= MIN_FAMILIES
    assert max(families.values()) <= MAX_FAMILY_MEMBERS
    heldout = {spec.family for spec in SUITE.values() if spec.split == "heldout"}
    assert not heldout & set(families)
    assert suite_problems(SUITE.values()) == []


@pytest.fixture(scope="module")
def reports():
    specs = [TRAIN[task] for task in SAMPLE.values()]
    return {report.task: report for report in prove_many(specs, jobs=2)}


@pytest.mark.parametrize("family", sorted(SAMPLE))
def test_family_sample_proves_its_evaluator(reports, family):
    report = reports[SAMPLE[family]]
    assert report.ok, "\n".join(report.problems)
    if report.skipped is None:  # a GPU family without a device is skipped, never proven
        assert {"seed", "seed (again)"} <= set(report.scores)


def _between(text: str, name: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    return text.split(start, 1)[1].split(end, 1)[0].strip()


def test_the_docs_tables_are_the_suite():
    """docs/TRAINING_SUITE.md's counts and family table are what `eft tasks stats` prints for the suite."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "TRAINING_SUITE.md").read_text()
    assert _between(doc, "stats") == f"```\n{format_stats(stats_rows(SUITE.values()))}\n```"
    assert _between(doc, "families") == families_markdown(SUITE.values(), "train")
