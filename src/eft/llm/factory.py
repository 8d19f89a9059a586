"""Operator config section → OpenEvolve `LLMModelConfig`s.

Operator section (conf/teacher/*.yaml, or the model section built for an evaluation run):
`{kind: offline|openai|hf, name, api_base, model, api_key_env, temperature, top_p, max_tokens, timeout_s,
retries, retry_backoff_s}`; for kind hf `model` is the model folder, `adapter` (optional) a peft adapter folder,
and api_base / api_key_env / timeout_s / retries / retry_backoff_s may be left out. Kind openai goes through
OpenEvolve's client with our retry policy (`eft.llm.openai_endpoint`).

In-process operators are passed as `init_client` callables: module-level functions (or partials of them)
so OpenEvolve can hand them to its worker processes. They read the seed OpenEvolve puts on the model
config (`random_seed`, derived from the search seed). OpenEvolve also builds every model in its main
process, which never generates; a local HF model is therefore loaded on its first request, so the weights
are loaded once, in the worker, and never before the worker processes are forked.
"""
from __future__ import annotations

import functools
import os
from typing import Any, Callable

from openevolve.config import LLMModelConfig
from openevolve.llm.base import LLMInterface

from eft.errors import EftError

RETRY_BACKOFF_S = 1.0  # first wait before retrying an endpoint request (doubling); teacher.retry_backoff_s
NO_KEY = "EMPTY"  # OpenAI-compatible local servers (vLLM, SGLang) accept any key; the client needs one


def offline_client(model_cfg: LLMModelConfig):
    from eft.llm.offline import OfflineMutator

    return OfflineMutator(seed=model_cfg.random_seed)


class LazyLLM(LLMInterface):
    """Builds the real client on the first request."""

    def __init__(self, build: Callable[[], LLMInterface]):
        self._build, self._client = build, None

    def client(self) -> LLMInterface:
        if self._client is None:
            self._client = self._build()
        return self._client

    async def generate(self, prompt: str, **kwargs) -> str:
        return await self.client().generate(prompt, **kwargs)

    async def generate_with_context(self, system_message: str, messages: list[dict], **kwargs) -> str:
        return await self.client().generate_with_context(system_message, messages, **kwargs)


def openai_client(model_cfg: LLMModelConfig, *, backoff_s: float) -> LLMInterface:
    from eft.llm.openai_endpoint import RetryingOpenAILLM

    return RetryingOpenAILLM(model_cfg, backoff_s)


def _hf_local(model_cfg: LLMModelConfig, model_dir: str, adapter_dir: str | None) -> LLMInterface:
    from eft.llm.hf_local import HFLocalLLM

    return HFLocalLLM(model_dir, adapter_dir, temperature=model_cfg.temperature, top_p=model_cfg.top_p,
                      max_new_tokens=model_cfg.max_tokens, seed=model_cfg.random_seed)


def hf_client(model_cfg: LLMModelConfig, *, model_dir: str, adapter_dir: str | None) -> LLMInterface:
    return LazyLLM(functools.partial(_hf_local, model_cfg, model_dir, adapter_dir))


def _api_key(operator: dict[str, Any]) -> str:
    env = operator.get("api_key_env")
    if not env:
        return NO_KEY
    if env not in os.environ:
        raise EftError(f"operator {operator['name']!r}: environment variable {env} (api_key_env) is not set")
    return os.environ[env]


def build_llm_configs(operator: dict[str, Any]) -> list[LLMModelConfig]:
    """One OpenEvolve model config for the operator; EftError for an unknown kind or missing setting."""
    kind = operator.get("kind")
    common = dict(name=operator.get("name") or kind, temperature=operator["temperature"],
                  top_p=operator["top_p"], max_tokens=operator["max_tokens"],
                  timeout=operator.get("timeout_s"), retries=operator.get("retries"))
    if kind == "offline":
        return [LLMModelConfig(init_client=offline_client, **common)]
    if kind == "openai":
        if not operator.get("api_base") or not operator.get("model"):
            raise EftError(f"operator {operator['name']!r}: kind openai needs api_base and model")
        common["name"] = operator["model"]
        client = functools.partial(openai_client, backoff_s=operator.get("retry_backoff_s", RETRY_BACKOFF_S))
        return [LLMModelConfig(api_base=operator["api_base"], api_key=_api_key(operator), init_client=client,
                               **common)]
    if kind == "hf":
        if not operator.get("model"):
            raise EftError(f"operator {operator['name']!r}: kind hf needs model (a local model folder)")
        client = functools.partial(hf_client, model_dir=str(operator["model"]),
                                   adapter_dir=operator.get("adapter") and str(operator["adapter"]))
        return [LLMModelConfig(init_client=client, **common)]
    raise EftError(f"unknown operator kind {kind!r} (expected offline, openai or hf)")
