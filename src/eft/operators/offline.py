"""A deterministic stand-in for an LLM: small seeded edits inside the EVOLVE-BLOCK, no network, no model.

It lets the whole pipeline (search → trajectories → fine-tuning → evaluation) run on CPUs and gives the
search real, sometimes broken, children. The random generator is seeded from the operator seed, the
request seed OpenEvolve derives per iteration (if any) and the SHA-256 of the full prompt text, so an
answer depends only on what was asked, never on call order or on which worker asked.
"""
from __future__ import annotations

import random
from typing import Optional

from openevolve.llm.base import LLMInterface

from eft.operators.answer_format import diff_answer, rewrite_answer
from eft.operators.code_edits import mutate
from eft.operators.prompt_parsing import DIFF, parse_prompt
from eft.seeds import derive_seed

NO_EDIT = "I could not find a promising change to this program, so I leave it as it is."


class OfflineMutator(LLMInterface):
    def __init__(self, seed: Optional[int] = 0):
        self.seed = 0 if seed is None else int(seed)

    def rng_for(self, text: str, request_seed: Optional[int] = None) -> random.Random:
        return random.Random(derive_seed("request", self.seed, request_seed, text, bits=64))

    def answer(self, system_message: str, user_message: str, request_seed: Optional[int] = None) -> str:
        """The reply to one OpenEvolve prompt: a short rationale, then the edit in the requested form."""
        rng = self.rng_for(system_message + "\0" + user_message, request_seed)
        try:
            prompt = parse_prompt(user_message)
        except ValueError:
            return NO_EDIT
        child, notes = mutate(prompt.program, rng, prompt.language)
        if child == prompt.program:
            return NO_EDIT
        rationale = "I will make a small, targeted change:\n" + "\n".join(f"- {n}" for n in notes)
        if prompt.mode == DIFF:
            return f"{rationale}\n\n{diff_answer(prompt.program, child)}\n"
        return f"{rationale}\n\nHere is the complete program:\n\n{rewrite_answer(child, prompt.language)}\n"

    async def generate(self, prompt: str, **kwargs) -> str:
        return self.answer("", prompt, kwargs.get("seed"))

    async def generate_with_context(self, system_message: str, messages: list[dict], **kwargs) -> str:
        user = "\n\n".join(m.get("content", "") for m in messages)
        return self.answer(system_message, user, kwargs.get("seed"))
