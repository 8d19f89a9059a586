"""Operator config section → OpenEvolve `LLMModelConfig`s.

An operator section (conf/operator/*.yaml at `search.operator`, or `eval.operator` plus the model under test)
holds `kind`, `name` and the sampling keys `temperature`, `top_p`, `max_tokens`, and optionally `stop` (stop
strings, kept at the end of the answer) and `context_overflow` (keep_tail | refuse: `eft.operators.generation`;
keep_tail where unset); kind hf adds `path` (a local model folder), kind openai adds `model` (the served name)
and `endpoint` (api_base, api_key_env, timeout_s, retries, retry_backoff_s: operational). Endpoints go through
OpenEvolve's client with our retry policy (`eft.operators.openai_endpoint`).

Kind hf with an `endpoint` is the same model served (`eft search served` starts the server and hands its
address in as operational settings): requests go to the endpoint under the operator's name, with the prompt
fitted to the folder's context as in-process. Since `endpoint` is operational, the run's identity (and with it
its program ids and parent draws) is that of the in-process run, so both give the same search for the same
answers.

In-process operators are passed as `init_client` callables: module-level functions (or partials of them)
so OpenEvolve can hand them to its worker processes. They read the seed OpenEvolve puts on the model
config (`random_seed`, derived from the search seed). OpenEvolve also builds every model in its main
process, which never generates; a local HF model is therefore loaded on its first request, so the weights
are loaded once, in the worker, and never before the worker processes are forked.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

from openevolve.config import LLMModelConfig
from openevolve.llm.base import LLMInterface

from eft.errors import EftError
from eft.operators.generation import DEFAULT_OVERFLOW, check_overflow

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

    @property
    def last_usage(self) -> dict | None:
        """The built client's token usage of its latest request (OpenEvolve records it)."""
        return getattr(self._client, "last_usage", None)


def openai_client(model_cfg: LLMModelConfig, *, backoff_s: float, stop: tuple[str, ...] = (),
                  model_dir: str | None = None, context_overflow: str = DEFAULT_OVERFLOW) -> LLMInterface:
    from eft.operators.openai_endpoint import RetryingOpenAILLM

    return RetryingOpenAILLM(model_cfg, backoff_s, stop=stop, model_dir=model_dir, context_overflow=context_overflow)


def _hf_local(model_cfg: LLMModelConfig, model_dir: str, stop: tuple[str, ...], context_overflow: str
              ) -> LLMInterface:
    from eft.operators.hf_local import HFLocalLLM

    return HFLocalLLM(model_dir, temperature=model_cfg.temperature, top_p=model_cfg.top_p,
                      max_new_tokens=model_cfg.max_tokens, seed=model_cfg.random_seed, stop=stop,
                      context_overflow=context_overflow, name=model_cfg.name)


def hf_client(model_cfg: LLMModelConfig, *, model_dir: str, stop: tuple[str, ...] = (),
              context_overflow: str = DEFAULT_OVERFLOW) -> LLMInterface:
    return LazyLLM(functools.partial(_hf_local, model_cfg, model_dir, stop, context_overflow))


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


def _generation(operator: dict[str, Any]) -> dict[str, Any]:
    """The operator's stop strings and context policy, as the clients take them."""
    stop = operator.get("stop") or ()
    if isinstance(stop, str) or not all(isinstance(s, str) and s for s in stop):
        raise EftError(f"operator {operator.get('name')!r}: stop must be a list of non-empty strings")
    overflow = operator.get("context_overflow") or DEFAULT_OVERFLOW
    try:
        check_overflow(overflow)
    except EftError as exc:
        raise EftError(f"operator {operator.get('name')!r}: {exc}") from None
    return {"stop": tuple(stop), "context_overflow": overflow}


def _endpoint_config(operator: dict[str, Any], common: dict[str, Any], generation: dict[str, Any],
                     model_dir: str | None) -> LLMModelConfig:
    """The model config of a client of `operator["endpoint"]` (requests name the model `common["name"]`)."""
    endpoint = operator["endpoint"]
    _required(endpoint | {"name": operator.get("name"), "kind": operator.get("kind")}, "api_base")
    client = functools.partial(openai_client, backoff_s=endpoint["retry_backoff_s"], model_dir=model_dir,
                               **generation)
    return LLMModelConfig(api_base=endpoint["api_base"], api_key=_api_key(operator["name"], endpoint.get("api_key_env")),
                          init_client=client, timeout=endpoint["timeout_s"], retries=endpoint["retries"], **common)


def build_llm_configs(operator: dict[str, Any]) -> list[LLMModelConfig]:
    """One OpenEvolve model config for the operator; EftError for an unknown kind or missing setting."""
    kind = operator.get("kind")
    common = {"name": operator.get("name") or kind, "temperature": operator["temperature"],
              "top_p": operator["top_p"], "max_tokens": operator["max_tokens"]}
    generation = _generation(operator)
    if kind == "offline":
        return [LLMModelConfig(init_client=offline_client, **common)]
    if kind == "openai":
        _required(operator, "model", "endpoint")
        model_dir = str(operator["path"]) if operator.get("path") else None
        return [_endpoint_config(operator, common | {"name": operator["model"]}, generation, model_dir)]
    if kind == "hf":
        _required(operator, "path")
        if operator.get("endpoint"):  # served under its name by a server of this job (`eft search served`)
            return [_endpoint_config(operator, common, generation, str(operator["path"]))]
        return [LLMModelConfig(init_client=functools.partial(hf_client, model_dir=str(operator["path"]), **generation),
                               **common)]
    raise EftError(f"unknown operator kind {kind!r} (expected offline, openai or hf)")
