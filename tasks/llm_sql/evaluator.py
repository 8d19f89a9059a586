"""LLM-SQL judge: choose, row by row, the order of a table's fields so that a prefix cache reuses the most.

Setup. `task.data_dir/tables.json` holds generated tables (data.py): column names and rows of string cells.
An LLM query reads one prompt per row; a row's prompt lists its fields, each serialized as
"<column>: <value>\n", in an order the candidate chooses for that row (the field names travel with the
values, so every order reads the same to the LLM). The candidate's `reorder(columns, rows)` returns, for
each row in input order, its field order: a permutation of range(len(columns)) as a list of ints. Only
permutations are accepted, so the prompts always hold exactly the original cells.

Prefix-hit rate. The cache holds every earlier prompt (a trie of all previous rows, as in the public
evaluator the paper's numbers come from); a row's hit is the length in characters of the longest prefix it
shares with any earlier prompt. A table's hit rate = sum of hits / sum of prompt lengths. This sum does not
depend on the order in which the rows are sent (every distinct prefix shared by k rows is a hit for all of
them but the first, whatever the order), so only the field orders matter and no row order is asked for;
the evaluator computes it exactly as the sum of common prefixes of neighbours in sorted order.
`hit_rate` is the mean over the tables.

Runtime. Each table is one call, timed by the parent (eft.sandbox.run_python: from sending the table to
receiving the complete answer); all tables are solved in ROUNDS fresh sandboxed processes, a table's time
is its minimum over the rounds, and `runtime_s` is the mean over tables. Every round's answers must be
identical (a nondeterministic program is invalid).

Score: combined_score = 0.95 * hit_rate + 0.05 * (12 - min(12, runtime_s)) / 12, the paper's definition
(higher is better). The runtime term moves repeated evaluations a little (task.yaml `reference.spread`).

Invalid (combined_score 0, one-line error): a failure or timeout, a result that is not one field order per
row, a field order that is not a permutation of the column indices (duplicates, missing or out-of-range
indices, floats, bools), or answers that differ between rounds.
"""
from __future__ import annotations

import itertools
import json
import os
from typing import Any

from eft.judge import CandidateError, Task, guarded
from eft.sandbox import run_python

ROUNDS = 2  # fresh-process runs; a table's runtime is its best over these
RUNTIME_CAP_S = 12.0  # the paper's runtime term: 0.05 * (12 - min(12, runtime_s)) / 12


def prompts(table: dict, orders: Any, name: str) -> list[str]:
    """Each row's prompt under its field order; CandidateError unless `orders` has one permutation per row."""
    columns, rows = table["columns"], table["rows"]
    if not isinstance(orders, list) or len(orders) != len(rows):
        got = f"a list of {len(orders)}" if isinstance(orders, list) else type(orders).__name__
        raise CandidateError(f"{name}: reorder() must return one field order per row ({len(rows)}), got {got}")
    full = list(range(len(columns)))
    texts = []
    for index, (row, order) in enumerate(zip(rows, orders)):
        if not isinstance(order, list) or not all(type(i) is int for i in order):
            raise CandidateError(f"{name}: row {index}: a field order must be a list of ints")
        if len(order) != len(full) or sorted(order) != full:
            raise CandidateError(f"{name}: row {index}: field order is not a permutation of "
                                 f"range({len(columns)})")
        texts.append("".join(f"{columns[i]}: {row[i]}\n" for i in order))
    return texts


def prefix_hits(texts: list[str]) -> int:
    """Sum over rows of the longest prefix shared with any earlier row (any order: see the module docstring)."""
    ranked = sorted(texts)
    return sum(len(os.path.commonprefix([a, b])) for a, b in itertools.pairwise(ranked))


def hit_rate(texts: list[str]) -> float:
    return prefix_hits(texts) / sum(len(t) for t in texts)


@guarded
def evaluate(program_path: str, task: Task) -> dict:
    tables = json.loads((task.data_dir / "tables.json").read_text(encoding="utf-8"))
    calls = [{"columns": t["columns"], "rows": t["rows"]} for t in tables]
    best = [float("inf")] * len(tables)
    first: list | None = None
    rates: list[float] = []
    for _ in range(ROUNDS):
        res = run_python(program_path, "reorder", calls, limits=task.limits.call())
        if not res.ok:
            raise CandidateError(res.error)
        if first is None:
            first = res.values
            rates = [hit_rate(prompts(t, orders, f"table {t['name']}")) for t, orders in zip(tables, first)]
        elif res.values != first:
            raise CandidateError("nondeterministic output: two runs of reorder() returned different orders")
        best = [min(b, s) for b, s in zip(best, res.call_seconds)]
    rate = sum(rates) / len(rates)
    runtime_s = sum(best) / len(best)
    combined = 0.95 * rate + 0.05 * (RUNTIME_CAP_S - min(RUNTIME_CAP_S, runtime_s)) / RUNTIME_CAP_S
    return {"combined_score": combined, "hit_rate": rate, "runtime_s": runtime_s}
