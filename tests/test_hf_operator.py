"""eft.operators.hf_local.HFLocalLLM on a micro model: returns text, seeded reproducibility, honest truncation."""
from __future__ import annotations

import asyncio

import pytest

from eft.operators.hf_local import HFLocalLLM


@pytest.fixture(scope="module")
def model_dir(micro_model):
    return micro_model


def test_generation_is_text_and_reproducible_per_prompt(model_dir):
    llm = HFLocalLLM(model_dir, max_new_tokens=12, seed=3)
    first = asyncio.run(llm.generate("def f(x):"))
    assert isinstance(first, str) and first
    asyncio.run(llm.generate("something else"))  # call order must not matter
    assert asyncio.run(llm.generate("def f(x):")) == first
    assert HFLocalLLM(model_dir, max_new_tokens=12, seed=3)._generate([{"role": "user", "content": "def f(x):"}]) \
        == first
    others = {asyncio.run(HFLocalLLM(model_dir, max_new_tokens=12, seed=s).generate("def f(x):")) for s in range(4)}
    assert len(others) > 1


def test_context_and_overrides(model_dir):
    llm = HFLocalLLM(model_dir, max_new_tokens=8)
    reply = asyncio.run(llm.generate_with_context("system", [{"role": "user", "content": "x = 1\n" * 400}],
                                                  temperature=0.0, max_tokens=4))
    assert isinstance(reply, str) and llm.truncations == 1


def test_request_seed_gives_fresh_samples_for_a_repeated_prompt(model_dir):
    llm = HFLocalLLM(model_dir, max_new_tokens=12, seed=0)
    chat = [{"role": "user", "content": "def f(x):"}]
    replies = {llm._generate(chat, seed=s) for s in range(4)}
    assert len(replies) > 1
    assert llm._generate(chat, seed=2) == llm._generate(chat, seed=2)
