"""Token counts with the project's tokenizer (a `save_pretrained` folder made by the train stage).

Only counts are needed, so counting avoids building token-id lists: texts go to the Rust tokenizer in batches
(`encode_batch_fast`, all cores) and only `len()` of each encoding comes back. For the byte-level BPE
tokenizers of GPT-2 and Qwen/Llama-3 style, a text's count is also the sum of the counts of its pieces when it is
cut at line breaks where the pre-tokenizer always cuts (no pre-token crosses them): BPE never merges across
pre-tokens. Search prompts, programs and answers repeat the same lines thousands of times, so pieces are
counted once and looked up afterwards. A counter checks the cut rule against whole-text counts on its first
texts and counts whole texts when they disagree, so a tokenizer the rule does not fit is still counted exactly.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa

from eft.errors import EftError

log = logging.getLogger(__name__)

TEXT_COLUMNS = ("system_prompt", "user_prompt", "reasoning", "response")
LENGTH_COLUMNS = tuple(f"{name.removesuffix('_prompt')}_token_length" for name in TEXT_COLUMNS)
BATCH = 512
CACHE_LIMIT = 1_000_000   # pieces remembered; the cache is emptied when full (memory stays bounded)
CHECK_TEXTS = 64          # texts whose piecewise count is checked against the whole-text count

NONBLANK = re.compile(r"[^\S\r\n]*\S")   # a line holding more than whitespace (no line break before it)


def gpt2_pieces(text: str) -> list[str]:
    """GPT-2 ByteLevel regex: a line break right after a non-space always starts a pre-token (letters, digits
    and punctuation runs stop at it, and nothing looks behind), so the text is cut before each such break."""
    lines = text.split("\n")
    pieces = [lines[0]]
    for line in lines[1:]:
        last = pieces[-1]
        if last and not last[-1].isspace():
            pieces.append("\n" + line)
        else:
            pieces[-1] = last + "\n" + line
    return pieces


def line_pieces(text: str) -> list[str]:
    """Qwen2 / Llama-3 regex (`\\s*[\\r\\n]+` before `\\s+(?!\\S)`): a line break ends a pre-token unless
    more whitespace with another line break follows, so the text is cut after each break that a line with
    text follows."""
    lines = text.split("\n")
    pieces = [lines[0]]
    for line in lines[1:]:
        if NONBLANK.match(line):
            pieces[-1] += "\n"
            pieces.append(line)
        else:
            pieces[-1] = pieces[-1] + "\n" + line
    return pieces


LINE_PATTERNS = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+",
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+",
)


def load_tokenizer(directory: str | Path):
    """AutoTokenizer from a folder; imported lazily so commands that need no tokenizer stay fast."""
    from transformers import AutoTokenizer

    if not Path(directory, "tokenizer_config.json").is_file():
        raise EftError(f"{directory}: not a tokenizer folder (no tokenizer_config.json)")
    return AutoTokenizer.from_pretrained(str(directory))


def tokenizer_identity(directory: str | Path) -> dict:
    """{"name", "sha256"} of a tokenizer folder: the hash of its tokenizer files, so two folders with the same
    tokenizer agree wherever they live. Recorded in trajectory parquet metadata to say whose counts they are."""
    directory = Path(directory)
    files = sorted(p for p in directory.iterdir() if p.is_file() and (
        p.name.startswith(("tokenizer", "vocab", "merges", "special_tokens", "added_tokens"))))
    if not any(p.name == "tokenizer_config.json" for p in files):
        raise EftError(f"{directory}: not a tokenizer folder (no tokenizer_config.json)")
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return {"name": directory.resolve().name, "sha256": digest.hexdigest()}


def _cut_rule(backend) -> Callable[[str], list[str]] | None:
    """The cut rule that fits this tokenizer's pre-tokenizer, or None (then whole texts are counted)."""
    spec = json.loads(backend.to_str())
    model, pre, normalizer = spec.get("model") or {}, spec.get("pre_tokenizer") or {}, spec.get("normalizer")
    if model.get("type") != "BPE" or model.get("dropout") or (normalizer and normalizer.get("type") != "NFC"):
        return None
    if any(t.get("lstrip") or t.get("rstrip") or any(c.isspace() for c in t.get("content", ""))
           for t in spec.get("added_tokens") or []):
        return None
    if pre.get("type") == "ByteLevel" and pre.get("use_regex", True) and not pre.get("add_prefix_space"):
        return gpt2_pieces
    steps = pre.get("pretokenizers") or [] if pre.get("type") == "Sequence" else []
    if (len(steps) == 2 and steps[0].get("type") == "Split" and steps[0].get("behavior") == "Isolated"
            and not steps[0].get("invert") and (steps[0].get("pattern") or {}).get("Regex") in LINE_PATTERNS
            and steps[1].get("type") == "ByteLevel" and not steps[1].get("use_regex", True)
            and not steps[1].get("add_prefix_space")):
        return line_pieces
    return None


class TokenCounter:
    """Exact token counts (no special tokens: they belong to the chat template, not the text) of many texts."""

    def __init__(self, tokenizer):
        self.backend = getattr(tokenizer, "backend_tokenizer", tokenizer)
        self.cuts = _cut_rule(self.backend)
        self.cache: dict[str, int] = {}
        self.unchecked = CHECK_TEXTS if self.cuts is not None else 0

    def _encode(self, texts: list[str]) -> list[int]:
        counts: list[int] = []
        for start in range(0, len(texts), BATCH):  # batches bound the memory held by encodings
            counts.extend(len(e) for e in self.backend.encode_batch_fast(texts[start:start + BATCH],
                                                                          add_special_tokens=False))
        return counts

    def _pieces(self, texts: list[str]) -> list[int]:
        cache, pieces = self.cache, [self.cuts(text) for text in texts]
        missing = list({piece: None for parts in pieces for piece in parts if piece not in cache})
        if len(cache) + len(missing) > CACHE_LIMIT:
            cache.clear()
            missing = list({piece: None for parts in pieces for piece in parts})
        cache.update(zip(missing, self._encode(missing)))
        return [sum(cache[piece] for piece in parts) for parts in pieces]

    def count(self, texts: list[str]) -> list[int]:
        texts = [text or "" for text in texts]
        if self.cuts is None:
            return self._encode(texts)
        counts = self._pieces(texts)
        if self.unchecked:
            sample = texts[:self.unchecked]
            self.unchecked -= len(sample)
            if self._encode(sample) != counts[:len(sample)]:
                log.warning("piecewise token counts disagree with whole-text counts; counting whole texts")
                self.cuts, self.unchecked = None, 0
                self.cache.clear()
                return self._encode(texts)
        return counts


def count_tokens(tokenizer, texts: list[str]) -> list[int]:
    """Tokens per text without special tokens."""
    return TokenCounter(tokenizer).count(texts)


def token_lengths(counter: TokenCounter, columns: dict[str, list[str]]) -> dict[str, pa.Array]:
    """The four `<text>_token_length` arrays from the four text columns."""
    return {length: pa.array(counter.count(columns[name]), type=pa.int64())
            for name, length in zip(TEXT_COLUMNS, LENGTH_COLUMNS)}


def with_token_lengths(table: pa.Table, tokenizer, counter: TokenCounter | None = None) -> pa.Table:
    """Set the four `<text>_token_length` columns from the four text columns."""
    counter = counter or TokenCounter(tokenizer)
    lengths = token_lengths(counter, {name: table.column(name).to_pylist() for name in TEXT_COLUMNS})
    for name, array in lengths.items():
        table = table.set_column(table.schema.get_field_index(name), name, array)
    return table
