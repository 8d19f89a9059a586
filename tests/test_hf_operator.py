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


def test_stop_string_ends_the_answer_and_stays_in_it(model_dir):
    from eft.operators.generation import request_seed

    llm = HFLocalLLM(model_dir, max_new_tokens=40, seed=1)
    chat = [{"role": "user", "content": "def f(x):"}]
    free = llm.complete(chat, seed=7)
    assert free.finish_reason in ("stop", "length") and free.stop_reason is None and len(free.text) > 12
    stop = free.text[8:11]
    stopped = llm.complete(chat, seed=7, stop=[stop])
    assert stopped.text == free.text[:free.text.index(stop) + len(stop)]
    assert (stopped.finish_reason, stopped.stop_reason) == ("stop", stop)
    assert stopped.completion_tokens <= free.completion_tokens
    assert llm._generate(chat, seed=7) == llm.complete(chat, seed=request_seed(1, 7)).text


def test_prompt_fit_keeps_the_system_message_or_refuses(model_dir):
    chat = [{"role": "system", "content": "the task statement"}, {"role": "user", "content": "x = 1\n" * 400}]
    keep = HFLocalLLM(model_dir, max_new_tokens=8)
    fitted = keep.fit.fit(chat, 8)
    assert fitted.cut and fitted.chat[0] == chat[0] and chat[1]["content"].endswith(fitted.chat[1]["content"])
    assert len(fitted.ids) <= keep.context - 8 and fitted.max_new == 8
    refuse = HFLocalLLM(model_dir, max_new_tokens=8, context_overflow="refuse")
    done = refuse.complete(chat)
    assert (done.text, done.finish_reason, refuse.fit.refusals) == ("", "refused", 1)
    assert asyncio.run(refuse.generate_with_context(chat[0]["content"], chat[1:])) == ""
