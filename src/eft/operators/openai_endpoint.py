"""OpenEvolve's OpenAI-compatible client with exponential backoff and a one-line final error.

OpenEvolve 0.4.1's `OpenAILLM` retries every failure after a fixed `retry_delay`, and the openai SDK under it
retries again on its own (the two counts multiply; the SDK's backoff base is not configurable). Here the SDK
does not retry and OpenAILLM makes one attempt per call; this class retries only what can pass (timeout,
connection error, HTTP 408/409/429/5xx), waiting `backoff_s * 2**k` before retry k+1 (longer if the server's
`Retry-After` asks for it), up to `retries` times.
A failure that retrying cannot fix (other HTTP errors, a reply that is not a chat completion) is not retried.
The final error is one line naming the endpoint, the model and the cause; OpenEvolve records it as the
iteration's failure ("LLM generation failed: ...") and goes on, and `eft.search.run` stops the run only when
no request of the run was answered.

Every request carries `request_seed(model seed, OpenEvolve's seed)` (`eft.operators.generation`), so one server
shared by searches of different seeds samples each search as it would in-process, and the operator's `stop`
strings. OpenAI-compatible servers drop the stop string from the answer; when the server names the one that
matched (vLLM's `stop_reason`, SGLang's `matched_stop`) it is put back, so the answer's last edit still
parses. A served local model (`model_dir`: its folder, for the tokenizer and context) gets its prompt fitted
here under `context_overflow`, exactly as in-process, and `max_tokens` no larger than the context leaves.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re

import openai
from openevolve.llm.openai import OpenAILLM

from eft.errors import EftError, one_line
from eft.operators.generation import (
    DEFAULT_OVERFLOW,
    PromptFit,
    chat_messages,
    request_seed,
    split_system,
)

log = logging.getLogger(__name__)
TRANSIENT_STATUS = (408, 409, 429)
MAX_RETRY_AFTER_S = 120.0  # a server asking for a longer pause is treated as down


class EndpointError(EftError):
    """The endpoint did not give a usable answer; str() is one line."""


def retry_after(exc: BaseException) -> float:
    """Seconds the server asked us to wait (HTTP `Retry-After`, numeric form), else 0."""
    response = getattr(exc, "response", None)
    try:
        return min(max(float(response.headers.get("retry-after", 0)), 0.0), MAX_RETRY_AFTER_S)
    except (AttributeError, TypeError, ValueError):
        return 0.0


def describe(exc: BaseException, timeout: float | None) -> tuple[str, bool]:
    """(one-line cause, whether retrying can help)."""
    if isinstance(exc, (asyncio.TimeoutError, openai.APITimeoutError)):
        return f"no reply within timeout_s={timeout}", True
    if isinstance(exc, openai.APIConnectionError):
        root = exc
        while root.__cause__ is not None:  # the socket error under httpx's and the SDK's wrappers
            root = root.__cause__
        return f"Connection error ({one_line(root)})", True
    if isinstance(exc, openai.APIStatusError):
        detail = re.sub(r"^Error code: \d+( - )?", "", one_line(exc.message))
        transient = exc.status_code in TRANSIENT_STATUS or exc.status_code >= 500
        return f"HTTP {exc.status_code}" + (f" ({detail})" if detail else ""), transient
    if isinstance(exc, EndpointError):
        return str(exc), False
    if isinstance(exc, json.JSONDecodeError):
        return f"reply is not JSON ({one_line(exc)})", False
    if isinstance(exc, (AttributeError, IndexError, KeyError, TypeError)):  # OpenAILLM reads choices[0]
        return "reply has no choices[0].message.content", False
    return f"bad reply ({type(exc).__name__}: {one_line(exc)})", False


def matched_stop(choice) -> str | None:
    """The stop string a server says ended the answer (vLLM: `stop_reason`, SGLang: `matched_stop`)."""
    for name in ("stop_reason", "matched_stop"):
        value = getattr(choice, name, None)
        if isinstance(value, str):
            return value
    return None


class RetryingOpenAILLM(OpenAILLM):
    def __init__(self, model_cfg, backoff_s: float, stop: tuple[str, ...] = (), model_dir: str | None = None,
                 context_overflow: str = DEFAULT_OVERFLOW):
        super().__init__(model_cfg)
        self.client = self.client.with_options(max_retries=0)
        self.backoff_s, self.stop = backoff_s, [s for s in stop if s]
        self.model_dir, self.context_overflow, self._fit = model_dir, context_overflow, None

    def fit(self) -> PromptFit | None:
        """The served model's prompt fit (tokenizer loaded on the first request), None for a remote model."""
        if self._fit is None and self.model_dir:
            self._fit = PromptFit.from_folder(self.model_dir, self.context_overflow)
        return self._fit

    async def generate_with_context(self, system_message: str, messages: list[dict], **kwargs) -> str:
        kwargs["seed"] = request_seed(self.random_seed, kwargs.get("seed"))
        fit = self.fit()
        if fit is not None:
            fitted = fit.fit(chat_messages(system_message, messages), kwargs.get("max_tokens") or self.max_tokens)
            if fitted is None:
                return ""
            system_message, messages = split_system(fitted.chat)
            kwargs["max_tokens"] = fitted.max_new
        # one pass through OpenAILLM's own loop, untimed: `_call_api` below times and retries each attempt
        return await super().generate_with_context(system_message, messages,
                                                   **{**kwargs, "retries": 0, "timeout": None})

    async def _answer(self, params: dict) -> str:
        """One request: the answer's text with its matched stop string put back."""
        if self.stop:
            params = {**params, "stop": self.stop}
        response = await self.client.chat.completions.create(**params, stream=False)
        if isinstance(response, str):
            raise EndpointError(f"reply is a stream, not a chat completion ({one_line(response, 200)})")
        usage = getattr(response, "usage", None)
        self.last_usage = None if usage is None else {
            "prompt_tokens": usage.prompt_tokens or 0, "completion_tokens": usage.completion_tokens or 0,
            "total_tokens": usage.total_tokens or (usage.prompt_tokens or 0) + (usage.completion_tokens or 0),
            "model": str(self.model)}
        choice = response.choices[0]
        text, matched = choice.message.content, matched_stop(choice)
        if isinstance(text, str) and matched in self.stop and not text.endswith(matched):
            text += matched
        return text

    async def _call_api(self, params: dict) -> str:
        retries, attempt = self.retries or 0, 0
        while True:
            try:
                return await asyncio.wait_for(self._answer(params), self.timeout)
            except Exception as exc:  # noqa: BLE001 (classified; the last one is raised as one line)
                cause, transient = describe(exc, self.timeout)
                if not transient or attempt == retries:
                    raise EndpointError(f"endpoint {self.api_base} (model {self.model}): {cause} "
                                        f"after {attempt + 1} attempt(s)") from None
                delay = max(self.backoff_s * 2 ** attempt, retry_after(exc))
            log.warning("endpoint %s: %s; retry %d/%d in %.3gs", self.api_base, cause, attempt + 1, retries, delay)
            await asyncio.sleep(delay)
            attempt += 1
