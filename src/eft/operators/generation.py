"""What a local model's answer depends on, computed the same way in-process (`eft.operators.hf_local`) and for a
served model (`eft.operators.openai_endpoint` as the client, `eft.operators.serve` as the stand-in server):
the per-request seed, the chat, the fit of the prompt into the context and the cut at a stop string.

Seeds: OpenEvolve sends each request a seed derived from its model seed (itself derived from the search seed)
and the iteration. `request_seed` folds the model seed in once more, on the client side, so a server shared by
searches of different seeds gets a seed that names the search; the backend then samples with
`sample_seed(request seed, rendered prompt)`. Answers therefore do not depend on call order or on which
process generates them, and an identical prompt in another iteration still gets a fresh sample.

Context fit (`context_overflow`): a prompt fits when its tokens plus the new tokens (`max_tokens`, at most
context - 1) fit the model's context. `keep_tail` keeps the system message (the task statement) whole and cuts
the front of the conversation (OpenEvolve's user message starts with history and ends with the current program
and the instructions); `refuse` answers nothing (empty text, one warning line), so the iteration fails and the
search goes on. The cut is made on message text, so a server rendering the fitted chat sees the same tokens.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eft.errors import EftError
from eft.seeds import derive_seed

log = logging.getLogger(__name__)
OVERFLOW_POLICIES = ("keep_tail", "refuse")
DEFAULT_OVERFLOW = "keep_tail"  # operator sections without `context_overflow` (the teacher's)


def request_seed(model_seed: int | None, openevolve_seed: int | None) -> int:
    """The seed a request carries to its backend (31 bits: every OpenAI-compatible server takes it)."""
    return derive_seed("request", model_seed, openevolve_seed)


def sample_seed(seed: int, prompt_text: str) -> int:
    """The torch seed of one generation: the request's seed and the exact prompt the model reads."""
    return derive_seed("sample", seed, prompt_text, bits=63)


def chat_messages(system_message: str | None, messages: Sequence[dict]) -> list[dict]:
    """The chat a model reads: an empty system message is left out (OpenAI clients always send one)."""
    head = [{"role": "system", "content": system_message}] if system_message else []
    return head + [dict(m) for m in messages]


def split_system(chat: Sequence[dict]) -> tuple[str, list[dict]]:
    """(system message or "", the other messages): the OpenAI client's arguments for `chat`."""
    if chat and chat[0].get("role") == "system":
        return chat[0].get("content") or "", [dict(m) for m in chat[1:]]
    return "", [dict(m) for m in chat]


def cut_at_stop(text: str, stop: Sequence[str]) -> tuple[str, str | None]:
    """(`text` up to and including the first stop string, that string) or (`text`, None). The marker is kept:
    the answer's last edit must still parse."""
    hits = [(text.find(s) + len(s), s) for s in stop if s and s in text]
    if not hits:
        return text, None
    end, matched = min(hits)
    return text[:end], matched


def check_overflow(policy: str) -> str:
    if policy not in OVERFLOW_POLICIES:
        raise EftError(f"context_overflow is {policy!r}, expected one of {', '.join(OVERFLOW_POLICIES)}")
    return policy


def model_context(config: Any) -> int:
    """The context length of a transformers model config (text part of a multimodal one)."""
    text_config = config.get_text_config() if hasattr(config, "get_text_config") else config
    return int(text_config.max_position_embeddings)


@dataclass(frozen=True)
class Fitted:
    chat: list[dict]  # the chat as the model reads it (front of the conversation cut under keep_tail)
    text: str         # the rendered prompt
    ids: list[int]    # its tokens
    max_new: int      # new tokens allowed
    cut: bool         # whether the prompt had to be cut


class PromptFit:
    """Renders a chat with the model's template and fits it into the context under `policy`."""

    def __init__(self, tokenizer, context: int, policy: str = DEFAULT_OVERFLOW):
        self.tokenizer, self.context, self.policy = tokenizer, int(context), check_overflow(policy)
        self.truncations = self.refusals = 0  # prompts cut / refused (each also logged as a warning)

    @classmethod
    def from_folder(cls, model_dir: str | Path, policy: str = DEFAULT_OVERFLOW) -> PromptFit:
        """The fit of a served model, from its folder's tokenizer and config only (no weights)."""
        from transformers import AutoConfig, AutoTokenizer

        model_dir = Path(model_dir).resolve()
        if not (model_dir / "config.json").is_file():
            raise EftError(f"not a model folder (no config.json): {model_dir}")
        tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        return cls(tokenizer, model_context(AutoConfig.from_pretrained(str(model_dir), local_files_only=True)),
                   policy)

    def render(self, chat: Sequence[dict]) -> tuple[str, list[int]]:
        text = self.tokenizer.apply_chat_template(list(chat), add_generation_prompt=True, tokenize=False)
        return text, self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def fit(self, chat: Sequence[dict], max_tokens: int) -> Fitted | None:
        """The chat fitted to the context, or None when `refuse` declines it (or the system message alone is
        too long)."""
        max_new = max(1, min(int(max_tokens), self.context - 1))
        budget = self.context - max_new
        chat = [dict(m) for m in chat]
        text, ids = self.render(chat)
        if len(ids) <= budget:
            return Fitted(chat, text, ids, max_new, False)
        first = len(ids)
        if self.policy == "refuse":
            self.refusals += 1
            log.warning("prompt of %d tokens exceeds context %d - max_new_tokens %d: refused (empty answer)",
                        first, self.context, max_new)
            return None
        while len(ids) > budget:
            index = next((i for i, m in enumerate(chat) if m["role"] != "system" and m["content"]), None)
            if index is None:
                self.refusals += 1
                log.warning("system message alone exceeds context %d - max_new_tokens %d: refused (empty answer)",
                            self.context, max_new)
                return None
            content = chat[index]["content"]
            tokens = self.tokenizer(content, add_special_tokens=False)["input_ids"]
            rest = self.tokenizer.decode(tokens[min(len(tokens), len(ids) - budget):])
            chat[index]["content"] = rest if len(rest) < len(content) else content[1:]  # always shrinks
            text, ids = self.render(chat)
        self.truncations += 1
        log.warning("prompt of %d tokens exceeds context %d - max_new_tokens %d: kept the system message and "
                    "the conversation's last part (%d tokens in all)", first, self.context, max_new, len(ids))
        return Fitted(chat, text, ids, max_new, True)
