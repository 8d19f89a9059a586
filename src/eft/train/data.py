"""SFT examples from curated trajectories: chat-formatted, loss only on the assistant response.

Too-long examples are dropped and counted, never truncated: a cut prompt would teach the model to
answer a question it was not asked.
"""
from __future__ import annotations

from pathlib import Path

from eft.errors import EftError
from eft.trajectories.extract import THINK_CLOSE, THINK_OPEN
from eft.trajectories.schema import read_parquet

IGNORE = -100


TARGETS = ("answer", "reasoning_and_answer")


def with_reasoning(chat: list[dict], reasoning: str | None) -> list[dict]:
    """The chat with the teacher's reasoning put back before its answer, as a <think> block (as reasoning
    models write it); unchanged when the row has no reasoning."""
    if not reasoning:
        return chat
    answer = chat[-1]
    return [*chat[:-1], {**answer, "content": f"{THINK_OPEN}\n{reasoning}\n{THINK_CLOSE}\n\n{answer['content']}"}]


def load_trajectories(path: Path, labels: list[str], target: str = "answer",
                      tasks: list[str] | None = None) -> list[list[dict]]:
    """The `trajectory` chats of the rows whose `improvement_label` is in `labels` (and, with `tasks`, whose
    `task` is one of them: train.tasks, the scaling ablation's subsets), in file order.

    The assistant turn of a trajectory is the teacher's answer (the edit or rewrite) only; with `target`
    reasoning_and_answer the row's `reasoning` is prepended (train.target). An empty result is an error:
    training on nothing would still write a model folder that looks done, and so is a train.tasks that matches
    no row."""
    return [chat for chat, _ in labelled_trajectories(path, labels, target, tasks)]


def labelled_trajectories(path: Path, labels: list[str], target: str = "answer",
                          tasks: list[str] | None = None) -> list[tuple[list[dict], str]]:
    """(chat, improvement_label) of the selected rows, in file order (see load_trajectories)."""
    if target not in TARGETS:
        raise EftError(f"train.target is {target!r}, expected one of {', '.join(TARGETS)}")
    with_why = target == "reasoning_and_answer"
    table = read_parquet(path, ["trajectory", "improvement_label"] + (["reasoning"] if with_why else [])
                         + (["task"] if tasks is not None else []))
    if table.num_rows == 0:
        raise EftError(f"{path}: no trajectories to train on (the file has 0 rows)")
    wanted = set(labels)
    reasoning = table.column("reasoning").to_pylist() if with_why else [None] * table.num_rows
    in_tasks = ([task in set(tasks) for task in table.column("task").to_pylist()] if tasks is not None
                else [True] * table.num_rows)
    if not any(in_tasks):
        raise EftError(f"{path}: none of its {table.num_rows} rows belongs to the {len(tasks)} tasks of train.tasks")
    chats = [(with_reasoning(traj, why), label) for traj, label, why, keep in zip(
        table.column("trajectory").to_pylist(), table.column("improvement_label").to_pylist(), reasoning, in_tasks)
        if keep and label in wanted]
    if not chats:
        raise EftError(f"{path}: no trajectories labelled {' or '.join(labels)} among its {table.num_rows} rows "
                       "(train.labels)")
    for i, (chat, _) in enumerate(chats):
        if not chat or chat[-1]["role"] != "assistant":
            raise EftError(f"{path}: trajectory {i} does not end with an assistant message")
    return chats


def encode_chat(tokenizer, chat: list[dict]) -> tuple[list[int], list[int]]:
    """Token ids of the whole chat and labels that are -100 everywhere but the final assistant turn.

    The response text is whatever the template renders after the generation prompt (so it carries the
    template's end-of-turn token); templates that rewrite earlier turns fall back to content + eos.
    """
    prompt = tokenizer.apply_chat_template(chat[:-1], add_generation_prompt=True, tokenize=False)
    full = tokenizer.apply_chat_template(chat, tokenize=False)
    response = full[len(prompt):] if full.startswith(prompt) else chat[-1]["content"] + tokenizer.eos_token
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    response_ids = tokenizer(response, add_special_tokens=False)["input_ids"]
    return prompt_ids + response_ids, [IGNORE] * len(prompt_ids) + response_ids


def build_examples(tokenizer, chats: list[list[dict]], max_seq_len: int) -> tuple[list[tuple], int]:
    """Encoded (ids, labels) pairs that fit `max_seq_len`, and how many were dropped for length."""
    encoded = [encode_chat(tokenizer, chat) for chat in chats]
    kept = [ex for ex in encoded if len(ex[0]) <= max_seq_len]
    return kept, len(encoded) - len(kept)


def sft_dataset(examples: list[tuple]):
    """The examples as trl's pre-tokenized form: `input_ids` and a `completion_mask` (1 on the assistant turn),
    from which SFTTrainer builds the completion-only labels; nothing is re-tokenized or truncated there."""
    from datasets import Dataset

    return Dataset.from_dict({"input_ids": [ids for ids, _ in examples],
                              "completion_mask": [[int(y != IGNORE) for y in labels] for _, labels in examples]})
