"""The offline operator: deterministic, answers in OpenEvolve's formats, edits only inside the EVOLVE-BLOCK."""
import asyncio
import random
from pathlib import Path

import pytest
from openevolve.config import PromptConfig
from openevolve.prompt.sampler import PromptSampler
from openevolve.utils.code_utils import (
    apply_diff_blocks,
    extract_diffs,
    parse_full_rewrite,
)

from eft.operators.answer_format import diff_answer
from eft.operators.code_edits import code_mask, editable_lines, perturb_number
from eft.operators.offline import NO_EDIT, OfflineMutator
from eft.operators.prompt_parsing import DIFF, FULL_REWRITE, parse_prompt

FIXTURES = Path(__file__).parent / "fixtures"
PROGRAMS = {"python": (FIXTURES / "tasks/quadratic/initial_program.py").read_text(),
            "cpp": (FIXTURES / "tasks/greedy_cpp/initial_program.cpp").read_text()}


def prompt(language: str, diff: bool, round_: int = 0) -> dict:
    return PromptSampler(PromptConfig()).build_prompt(
        current_program=PROGRAMS[language], program_metrics={"combined_score": 0.5}, language=language,
        diff_based_evolution=diff, evolution_round=round_)


def ask(mutator: OfflineMutator, p: dict, seed=None) -> str:
    kwargs = {} if seed is None else {"seed": seed}
    return asyncio.run(mutator.generate_with_context(p["system"], [{"role": "user", "content": p["user"]}],
                                                     **kwargs))


def outside_block(code: str) -> list[str]:
    lines = code.rstrip("\n").split("\n")
    inside = set(editable_lines(lines))
    return [line for i, line in enumerate(lines) if i not in inside]


@pytest.mark.parametrize("language", ["python", "cpp"])
@pytest.mark.parametrize("diff", [True, False])
def test_prompt_parsing_finds_current_program(language, diff):
    parsed = parse_prompt(prompt(language, diff)["user"])
    assert parsed.program == PROGRAMS[language]
    assert parsed.language == language
    assert parsed.mode == (DIFF if diff else FULL_REWRITE)


def test_answers_are_deterministic_and_independent_of_call_order():
    p1, p2 = prompt("python", True), prompt("python", False)
    a = OfflineMutator(3)
    first = [ask(a, p1, 7), ask(a, p2, 7)]
    b = OfflineMutator(3)
    assert [ask(b, p2, 7), ask(b, p1, 7)][::-1] == first
    other_seeds = {ask(OfflineMutator(s), p1, 7) for s in range(8)}
    assert len(other_seeds) > 1
    assert len({ask(a, p1, r) for r in range(8)}) > 1  # OpenEvolve's per-iteration request seed varies it


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_diff_answers_apply_with_openevolve_and_stay_in_block(language):
    parent = PROGRAMS[language]
    for seed in range(60):
        answer = ask(OfflineMutator(seed), prompt(language, True), seed)
        assert not answer.startswith("<<<<<<<")  # a rationale comes first, like a model's answer
        blocks = extract_diffs(answer)
        child, applied = apply_diff_blocks(parent, blocks)
        assert blocks and applied == len(blocks), answer
        assert child != parent
        assert outside_block(child) == outside_block(parent)


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_full_rewrite_answers_are_fenced_whole_programs(language):
    parent = PROGRAMS[language]
    for seed in range(30):
        answer = ask(OfflineMutator(seed), prompt(language, False), seed)
        assert f"```{language}\n" in answer
        child = parse_full_rewrite(answer, language)
        assert child.rstrip() != parent.rstrip()
        assert outside_block(child) == outside_block(parent)


def test_prompt_without_program_gets_no_edit():
    assert ask(OfflineMutator(0), {"system": "s", "user": "hello"}) == NO_EDIT


def test_ambiguous_search_text_gets_context():
    old = "def f():\n    x = 1\n    y = 2\n    x = 1\n    return x\n"
    new = "def f():\n    x = 1\n    y = 2\n    x = 5\n    return x\n"
    blocks = extract_diffs(diff_answer(old, new))
    assert apply_diff_blocks(old, blocks) == (new, len(blocks))
    assert len(blocks[0][0].split("\n")) > 1


def test_edits_keep_literal_kinds_and_skip_strings_and_comments():
    rng = random.Random(0)
    assert all(perturb_number("7", rng).isdigit() for _ in range(50))
    assert all("." in perturb_number("0.5", rng) or "e" in perturb_number("0.5", rng) for _ in range(50))
    assert code_mask('x = "3" + 4  # 5', "python") == "x =     + 4     "
    assert code_mask("int a = 2; // 3", "cpp") == "int a = 2;     "


def test_factory_builds_each_operator_kind(monkeypatch):
    from openevolve.llm.ensemble import LLMEnsemble

    from eft.errors import EftError
    from eft.operators import factory
    from eft.operators.factory import LazyLLM, build_llm_configs

    base = {"name": "op", "temperature": 0.5, "top_p": 0.9, "max_tokens": 100}
    endpoint = {"api_base": "http://127.0.0.1:1/v1", "api_key_env": "FAKE_KEY", "timeout_s": 5, "retries": 1,
                "retry_backoff_s": 0.1}
    (offline,) = build_llm_configs({**base, "kind": "offline"})
    offline.random_seed = 11
    client = LLMEnsemble([offline]).models[0]
    assert isinstance(client, OfflineMutator) and client.seed == 11

    monkeypatch.setenv("FAKE_KEY", "sk-test")
    (remote,) = build_llm_configs({**base, "kind": "openai", "model": "m", "endpoint": endpoint})
    assert (remote.name, remote.api_key, remote.timeout, remote.retries, remote.top_p) == ("m", "sk-test", 5, 1, 0.9)
    monkeypatch.delenv("FAKE_KEY")
    with pytest.raises(EftError, match="FAKE_KEY"):
        build_llm_configs({**base, "kind": "openai", "model": "m", "endpoint": endpoint})

    (hf,) = build_llm_configs({"kind": "hf", "name": "tiny", "path": "/nonexistent/model",
                               "temperature": 0.7, "top_p": 0.95, "max_tokens": 64})
    loads = []
    monkeypatch.setattr(factory, "_hf_local", lambda cfg, model_dir, *generation: loads.append(model_dir) or OfflineMutator())
    lazy = LLMEnsemble([hf]).models[0]
    assert isinstance(lazy, LazyLLM) and loads == []  # OpenEvolve's main process never loads the weights
    asyncio.run(lazy.generate("hi"))
    asyncio.run(lazy.generate("again"))
    assert loads == ["/nonexistent/model"]  # loaded once, on the first request
    with pytest.raises(EftError, match="unknown operator kind"):
        build_llm_configs({**base, "kind": "magic"})
