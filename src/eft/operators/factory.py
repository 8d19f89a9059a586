"""Operator config section → OpenEvolve `LLMModelConfig`s.

An operator section (conf/operator/*.yaml at `search.operator`, or `eval.operator` plus the model under test)
holds `kind`, `name` and the sampling keys `temperature`, `top_p`, `max_tokens`; kind hf adds `path` (a local
model folder), kind openai adds `model` (the served name) and `endpoint` (api_base, api_key_env, timeout_s,
retries, retry_backoff_s: operational). Kind openai goes through OpenEvolve's client with our retry policy
(`eft.operators.openai_endpoint`).

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

NO_KEY = "EMPTY"  # OpenAI-compatible local servers (vLLM, SGLang) accept any key; the client needs one


def offline_client(model_cfg: LLMModelConfig):
    from eft.operators.offline import OfflineMutator

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
    from eft.operators.openai_endpoint import RetryingOpenAILLM

    return RetryingOpenAILLM(model_cfg, backoff_s)


def _hf_local(model_cfg: LLMModelConfig, model_dir: str) -> LLMInterface:
    from eft.operators.hf_local import HFLocalLLM

    return HFLocalLLM(model_dir, temperature=model_cfg.temperature, top_p=model_cfg.top_p,
                      max_new_tokens=model_cfg.max_tokens, seed=model_cfg.random_seed)


def hf_client(model_cfg: LLMModelConfig, *, model_dir: str) -> LLMInterface:
    return LazyLLM(functools.partial(_hf_local, model_cfg, model_dir))


def _api_key(name: str, env: str | None) -> str:
    if not env:
        return NO_KEY
    if env not in os.environ:
        raise EftError(f"operator {name!r}: environment variable {env} (endpoint.api_key_env) is not set")
    return os.environ[env]


def _required(operator: dict[str, Any], *keys: str) -> None:
    for key in keys:
        if not operator.get(key):
            raise EftError(f"operator {operator.get('name')!r}: kind {operator.get('kind')} needs {key}")


def build_llm_configs(operator: dict[str, Any]) -> list[LLMModelConfig]:
    """One OpenEvolve model config for the operator; EftError for an unknown kind or missing setting."""
    kind = operator.get("kind")
    common = dict(name=operator.get("name") or kind, temperature=operator["temperature"],
                  top_p=operator["top_p"], max_tokens=operator["max_tokens"])
    if kind == "offline":
        return [LLMModelConfig(init_client=offline_client, **common)]
    if kind == "openai":
        _required(operator, "model", "endpoint")
        endpoint = operator["endpoint"]
        _required(endpoint | {"name": operator.get("name"), "kind": kind}, "api_base")
        common["name"] = operator["model"]
        client = functools.partial(openai_client, backoff_s=endpoint["retry_backoff_s"])
        return [LLMModelConfig(api_base=endpoint["api_base"], api_key=_api_key(operator["name"], endpoint.get("api_key_env")),
                               init_client=client, timeout=endpoint["timeout_s"], retries=endpoint["retries"],
                               **common)]
    if kind == "hf":
        _required(operator, "path")
        return [LLMModelConfig(init_client=functools.partial(hf_client, model_dir=str(operator["path"])), **common)]
    raise EftError(f"unknown operator kind {kind!r} (expected offline, openai or hf)")
