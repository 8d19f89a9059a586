"""Mutation operator backed by a local Hugging Face causal LM (a base or a fine-tuned model folder).

Sampling is seeded per call from (seed, OpenEvolve's per-iteration request seed, sha256 of the rendered
prompt), so a search run's answers do not depend on call order, while repeated identical prompts (a search
that has not moved yet) still get fresh samples; generation runs in a worker thread so OpenEvolve's event loop keeps going.
"""
from __future__ import annotations

import asyncio
import logging
import threading

import torch
from openevolve.llm.base import LLMInterface

from eft.seeds import derive_seed
from eft.train.load import load_model, pad_token_id
from eft.train.loop import default_device

log = logging.getLogger(__name__)


class HFLocalLLM(LLMInterface):
    def __init__(self, model_dir, temperature: float = 0.7, top_p: float = 0.95,
                 max_new_tokens: int = 256, seed: int = 0):
        self.model, self.tokenizer = load_model(model_dir)
        self.model.to(default_device())
        self.context = self.model.config.max_position_embeddings
        self.temperature, self.top_p, self.max_new_tokens, self.seed = temperature, top_p, max_new_tokens, seed
        self.truncations = 0  # prompts cut to fit the context (each also logged as a warning)
        self._lock = threading.Lock()  # one generation at a time: the global RNG is reseeded per call

    async def generate(self, prompt: str, **kwargs) -> str:
        return await self.generate_with_context("", [{"role": "user", "content": prompt}], **kwargs)

    async def generate_with_context(self, system_message: str, messages: list[dict], **kwargs) -> str:
        chat = ([{"role": "system", "content": system_message}] if system_message else []) + list(messages)
        return await asyncio.to_thread(self._generate, chat, **kwargs)

    def _generate(self, chat: list[dict], temperature: float | None = None, top_p: float | None = None,
                  max_tokens: int | None = None, seed: int | None = None, **_ignored) -> str:
        temperature = self.temperature if temperature is None else temperature
        top_p = self.top_p if top_p is None else top_p
        max_new = min(max_tokens or self.max_new_tokens, self.context - 1)
        text = self.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        budget = self.context - max_new
        if len(ids) > budget:
            log.warning("prompt of %d tokens exceeds context %d - max_new_tokens %d: keeping the last %d",
                        len(ids), self.context, max_new, budget)
            self.truncations += 1
            ids = ids[-budget:]
        call_seed = derive_seed("request", self.seed, seed, text, bits=63)
        input_ids = torch.tensor([ids], device=self.model.device)
        sampling = {"do_sample": True, "temperature": temperature, "top_p": top_p} if temperature > 0 \
            else {"do_sample": False}
        with self._lock, torch.random.fork_rng(devices=[input_ids.device] if input_ids.is_cuda else []):
            torch.manual_seed(call_seed)
            with torch.no_grad():
                out = self.model.generate(
                    input_ids, attention_mask=torch.ones_like(input_ids), max_new_tokens=max_new,
                    pad_token_id=pad_token_id(self.tokenizer), **sampling,
                )
        return self.tokenizer.decode(out[0, len(ids):], skip_special_tokens=True)
