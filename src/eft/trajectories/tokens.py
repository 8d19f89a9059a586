"""Token counts with the project's tokenizer (a `save_pretrained` folder made by the train stage)."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from eft.errors import EftError

TEXT_COLUMNS = ("system_prompt", "user_prompt", "reasoning", "response")
BATCH = 512


def load_tokenizer(directory: str | Path):
    """AutoTokenizer from a folder; imported lazily so commands that need no tokenizer stay fast."""
    from transformers import AutoTokenizer

    if not Path(directory, "tokenizer_config.json").is_file():
        raise EftError(f"{directory}: not a tokenizer folder (no tokenizer_config.json)")
    return AutoTokenizer.from_pretrained(str(directory))


def count_tokens(tokenizer, texts: list[str]) -> list[int]:
    """Tokens per text without special tokens (they belong to the chat template, not the text)."""
    counts: list[int] = []
    for start in range(0, len(texts), BATCH):  # batches bound the memory held by token ids
        batch = tokenizer(texts[start:start + BATCH], add_special_tokens=False)["input_ids"]
        counts.extend(len(ids) for ids in batch)
    return counts


def with_token_lengths(table: pa.Table, tokenizer) -> pa.Table:
    """Set the four `<text>_token_length` columns from the four text columns."""
    for name in TEXT_COLUMNS:
        length_name = f"{name.removesuffix('_prompt')}_token_length"
        lengths = pa.array(count_tokens(tokenizer, table.column(name).to_pylist()), type=pa.int64())
        index = table.schema.get_field_index(length_name)
        table = table.set_column(index, length_name, lengths)
    return table
