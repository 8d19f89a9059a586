"""The paper's held-out suite: 22 tasks in the paper's groups, each proving its evaluator (eft.tasks.proofs:
the seed scores its reference.initial, repeats agree, proofs/better* beats it, proofs/bad* is rejected, the
combined_score formula holds). This is `eft tasks validate --split heldout`, run by CI on every push."""
from __future__ import annotations

from collections import Counter

import pytest

from eft.evaluate.layout import PAPER_ALGOTUNE, PAPER_MAIN, table_of
from eft.tasks.registry import discover

SUITE = discover()
HELDOUT = sorted(t for t, spec in SUITE.items() if spec.split == "heldout")
# the paper's groups (docs/PAPER.md#held-out-suite); the GPU kernel task is held out too, in its own table
PAPER_GROUPS = {"math": 5, "heuristic": 2, "systems": 4, "competitive_programming": 6, "numerical": 5}


def test_the_suite_has_the_papers_groups():
    counts = Counter(SUITE[t].domain for t in HELDOUT if not SUITE[t].requires_gpu)
    assert dict(counts) == PAPER_GROUPS
    assert sum(counts.values()) == 22


def test_every_paper_column_is_a_heldout_task():
    """The tables' paper columns name real held-out tasks of the right table (a renamed task would vanish)."""
    for task in PAPER_MAIN:
        assert task in HELDOUT and table_of(SUITE[task].domain) == "main", task
    for task in PAPER_ALGOTUNE:
        assert task in HELDOUT and table_of(SUITE[task].domain) == "algotune", task


@pytest.mark.parametrize("task_id", HELDOUT)
def test_heldout_task_proves_its_evaluator(heldout_reports, task_id):
    report = heldout_reports[task_id]
    assert report.ok, "\n".join(report.problems)
