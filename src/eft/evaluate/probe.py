"""Why an operator's edits fail: replay trajectory prompts (the curated table's system and user prompts, each with
the parent program it showed) to a local model and sort every answer into one outcome, with OpenEvolve's own
SEARCH/REPLACE parser and line matcher, so the counts mean what they mean inside a search.

Outcomes, in the order they are checked:
- `malformed`: the delimiter lines do not form whole blocks (OpenEvolve's parser refuses the answer);
- `no_edit`: no SEARCH/REPLACE block at all (prose, a bare code block, or the token budget ran out first);
- `search_not_found`: a block's SEARCH text is not a run of lines of the parent (the detail says when it was
  copied from the prompt instead, e.g. the format example's placeholder lines);
- `unchanged`: every block applied, but the program is the parent's;
- `applied`: every block applied and the program changed (whether it then evaluates is the search's business).

Replaying the training tasks' prompts separates "cannot write an edit that applies at all" from "cannot do it on
unseen tasks": a model that fails on the prompts it was trained on lacks the skill, not the generalisation.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
from openevolve.utils.code_utils import apply_diff_blocks, extract_diffs

from eft.errors import EftError

OUTCOMES = ("malformed", "no_edit", "search_not_found", "unchanged", "applied")
PROMPT_COPY = "copied from the prompt"
COLUMNS = ("task", "improvement_label", "system_prompt", "user_prompt", "parent_code", "metadata")


def classify(answer: str, parent: str, prompt: str = "") -> tuple[str, str]:
    """(outcome, one-line detail) of one diff-mode answer against the parent program it was asked to edit. A
    SEARCH text that is not in the parent but is in the prompt (its format example, say) is named as such:
    that is copying the instructions, not the program."""
    try:
        blocks = extract_diffs(answer)
    except ValueError as exc:
        return "malformed", str(exc)
    if not blocks:
        return "no_edit", "no SEARCH/REPLACE block"
    child, applied = apply_diff_blocks(parent, blocks)
    if applied < len(blocks):
        missing = [search for search, _ in blocks if search.strip() and search not in parent]
        if prompt and missing and all(search.strip() in prompt for search in missing):
            return "search_not_found", f"{PROMPT_COPY}: {len(missing)} SEARCH text(s) from the prompt, not the parent"
        return "search_not_found", f"{len(blocks) - applied} of {len(blocks)} SEARCH texts not in the parent"
    if child == parent:
        return "unchanged", "the edit leaves the program as it was"
    return "applied", f"{len(blocks)} block(s) applied"


def sample_rows(path: Path, rows: int, seed: int, tasks: list[str] | None = None,
                labels: list[str] | None = None, strategies: list[str] | None = None) -> pd.DataFrame:
    """`rows` rows of a curated trajectory table (seeded; all of them when it has fewer), optionally of some
    tasks, labels and search strategies (`diff` prompts ask for SEARCH/REPLACE edits, as held-out searches do)
    only."""
    try:
        frame = pd.read_parquet(path, columns=list(COLUMNS))
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise EftError(f"{path}: not a curated trajectory table ({exc.__class__.__name__}: {exc})") from None
    if tasks:
        frame = frame[frame["task"].isin(tasks)]
    if labels:
        frame = frame[frame["improvement_label"].isin(labels)]
    if strategies:
        frame = frame[[_strategy(m) in strategies for m in frame["metadata"]]]
    if frame.empty:
        raise EftError(f"{path}: no rows for tasks={tasks} labels={labels} strategies={strategies}")
    picked = sorted(random.Random(seed).sample(range(len(frame)), min(rows, len(frame))))
    return frame.iloc[picked].reset_index(drop=True)


def _strategy(metadata: str) -> str | None:
    try:
        return json.loads(metadata).get("evolution_mode")
    except (TypeError, ValueError, AttributeError):
        return None


def probe(model_dir: Path, frame: pd.DataFrame, operator: dict[str, Any], seed: int) -> dict[str, Any]:
    """Generate one answer per row with the operator's sampling settings; the outcome counts and each answer."""
    from eft.operators.hf_local import HFLocalLLM

    llm = HFLocalLLM(model_dir, temperature=float(operator["temperature"]), top_p=float(operator["top_p"]),
                     max_new_tokens=int(operator["max_tokens"]), seed=seed, stop=tuple(operator.get("stop") or ()),
                     context_overflow=operator.get("context_overflow") or "keep_tail")
    records = []
    for i, row in enumerate(frame.itertuples(index=False)):
        chat = ([{"role": "system", "content": row.system_prompt}] if row.system_prompt else []) + \
            [{"role": "user", "content": row.user_prompt}]
        done = llm.complete(chat, seed=seed * 1_000_003 + i)
        outcome, detail = classify(done.text, row.parent_code, row.user_prompt)
        records.append({"task": row.task, "label": row.improvement_label, "outcome": outcome, "detail": detail,
                        "finish_reason": done.finish_reason, "completion_tokens": done.completion_tokens,
                        "answer": done.text})
    counts = Counter(r["outcome"] for r in records)
    return {"model": str(model_dir), "rows": len(records), "seed": seed, "operator": operator,
            "counts": {o: counts.get(o, 0) for o in OUTCOMES},
            "applied_rate": counts.get("applied", 0) / len(records) if records else 0.0,
            "search_copied_from_prompt": sum(r["detail"].startswith(PROMPT_COPY) for r in records),
            "per_task": {t: dict(Counter(r["outcome"] for r in records if r["task"] == t))
                         for t in sorted({r["task"] for r in records})},
            "records": records}
