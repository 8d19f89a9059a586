"""Mutation operator backed by a local Hugging Face causal LM (a base or a fine-tuned model folder).

Seeds, prompt fit and stop strings follow `eft.operators.generation`, so the same request gives the same answer
here and through the stand-in server (`eft serve`, which runs `complete` of this class). Generation stops at
the first stop string (the marker is kept in the answer) and runs in a worker thread so OpenEvolve's event
loop keeps going.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from openevolve.llm.base import LLMInterface

from eft.operators.generation import (
    DEFAULT_OVERFLOW,
    PromptFit,
    chat_messages,
    cut_at_stop,
    model_context,
    request_seed,
    sample_seed,
)
from eft.train.load import default_device, load_model, pad_token_id


@dataclass(frozen=True)
class Completion:
    text: str                # the answer, up to and including the first stop string
    finish_reason: str       # "stop" (a stop string or end of sequence), "length", or "refused" (prompt too long)
    stop_reason: str | None  # the stop string that ended it
    prompt_tokens: int
    completion_tokens: int


class HFLocalLLM(LLMInterface):
    def __init__(self, model_dir, temperature: float = 0.7, top_p: float = 0.95, max_new_tokens: int = 256,
                 seed: int = 0, stop: Sequence[str] = (), context_overflow: str = DEFAULT_OVERFLOW,
                 name: str | None = None):
        self.model, self.tokenizer = load_model(model_dir)
        self.model.to(default_device())
        self.context = model_context(self.model.config)
        self.fit = PromptFit(self.tokenizer, self.context, context_overflow)
        self.temperature, self.top_p, self.max_new_tokens, self.seed = temperature, top_p, max_new_tokens, seed
        self.stop, self.name = [s for s in stop if s], name or str(model_dir)
        self.last_usage: dict | None = None  # OpenEvolve records it as the iteration's token usage
        self._lock = threading.Lock()  # one generation at a time: the global RNG is reseeded per call

    @property
    def truncations(self) -> int:
        """Prompts cut to fit the context (each also logged as a warning)."""
        return self.fit.truncations

    async def generate(self, prompt: str, **kwargs) -> str:
        return await self.generate_with_context("", [{"role": "user", "content": prompt}], **kwargs)

    async def generate_with_context(self, system_message: str, messages: list[dict], **kwargs) -> str:
        chat = chat_messages(system_message, messages)
        kwargs["seed"] = request_seed(self.seed, kwargs.get("seed"))
        done = await asyncio.to_thread(self.complete, chat, **kwargs)
        self.last_usage = self.usage(done)
        return done.text

    def usage(self, done: Completion) -> dict:
        """Token usage as OpenEvolve's OpenAI client records it."""
        return {"prompt_tokens": done.prompt_tokens, "completion_tokens": done.completion_tokens,
                "total_tokens": done.prompt_tokens + done.completion_tokens, "model": self.name}

    def _generate(self, chat: list[dict], seed: int | None = None, **kwargs) -> str:
        """The answer to `chat` for OpenEvolve's request seed `seed` (folded with this model's seed)."""
        return self.complete(chat, seed=request_seed(self.seed, seed), **kwargs).text

    def complete(self, chat: list[dict], temperature: float | None = None, top_p: float | None = None,
                 max_tokens: int | None = None, seed: int | None = None, stop: Sequence[str] | None = None,
                 **_ignored) -> Completion:
        """One generation for a request whose seed is already folded (`request_seed`)."""
        temperature = self.temperature if temperature is None else temperature
        top_p = self.top_p if top_p is None else top_p
        stop = self.stop if stop is None else [s for s in stop if s]
        fitted = self.fit.fit(chat, max_tokens or self.max_new_tokens)
        if fitted is None:
            return Completion("", "refused", None, 0, 0)
        seed = request_seed(self.seed, None) if seed is None else seed
        input_ids = torch.tensor([fitted.ids], device=self.model.device)
        sampling = {"do_sample": True, "temperature": temperature, "top_p": top_p} if temperature > 0 \
            else {"do_sample": False}
        if stop:
            sampling.update(stop_strings=list(stop), tokenizer=self.tokenizer)
        with self._lock, torch.random.fork_rng(devices=[input_ids.device] if input_ids.is_cuda else []):
            torch.manual_seed(sample_seed(seed, fitted.text))
            with torch.no_grad():
                out = self.model.generate(
                    input_ids, attention_mask=torch.ones_like(input_ids), max_new_tokens=fitted.max_new,
                    pad_token_id=pad_token_id(self.tokenizer), **sampling,
                )
        new = out[0, len(fitted.ids):].tolist()
        text, matched = cut_at_stop(self.tokenizer.decode(new, skip_special_tokens=True), stop)
        ended = matched is not None or len(new) < fitted.max_new or new[-1] == self.tokenizer.eos_token_id
        return Completion(text, "stop" if ended else "length", matched, len(fitted.ids), len(new))
