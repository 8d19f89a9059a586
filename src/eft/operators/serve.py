"""`eft serve`: a stand-in OpenAI-compatible server for a local model folder (tests and CPU runs; vLLM or SGLang
serve real models).

    eft serve --model DIR --port P [--host 127.0.0.1] [--served-name NAME] [--seed S]

It loads the folder with the in-process backend's code (`HFLocalLLM`) and answers `GET /v1/models`,
`GET /health` and `POST /v1/chat/completions` with `temperature`, `top_p`, `max_tokens` (or
`max_completion_tokens`), `stop`, `seed` and `include_stop_str_in_output` as vLLM reads them: the answer ends at
the first stop string, which is dropped from the text unless asked for and named in the choice's `stop_reason`;
a prompt that does not fit the context with `max_tokens` is refused with HTTP 400 (the client fits prompts,
`eft.operators.generation`). The request's `seed` is used as it comes (clients fold in their search's seed), so
a request answers here exactly as the same request in-process. Requests are served by threads and generated
one at a time. The port is bound only once the model is loaded, so an answer on /v1/models means ready.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from eft.errors import EftError, one_line
from eft.operators.generation import chat_messages, split_system


class RequestError(Exception):
    """A request the server refuses: HTTP `status` with a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class StandInServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], llm, name: str):
        super().__init__(address, Handler)
        self.llm, self.name, self.served = llm, name, 0


def _number(body: dict, key: str, default, kind=(int, float)):
    value = body.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, kind):
        raise RequestError(400, f"{key} must be a number, got {value!r}")
    return value


def parse_request(body: Any, name: str) -> dict[str, Any]:
    """The generation arguments of a chat completion request; RequestError for what this server cannot do."""
    if not isinstance(body, dict):
        raise RequestError(400, "request body must be a JSON object")
    if body.get("model") != name:
        raise RequestError(404, f"The model `{body.get('model')}` does not exist (served: {name})")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
            for m in messages):
        raise RequestError(400, "messages must be a non-empty list of {role, content} with text content")
    if body.get("stream"):
        raise RequestError(400, "stream is not supported by this stand-in server")
    if _number(body, "n", 1, int) != 1:
        raise RequestError(400, "n must be 1 on this stand-in server")
    max_tokens = _number(body, "max_tokens", None, int) or _number(body, "max_completion_tokens", None, int)
    if not max_tokens or max_tokens < 1:
        raise RequestError(400, "max_tokens (a positive integer) is required by this stand-in server")
    stop = body.get("stop") or []
    stop = [stop] if isinstance(stop, str) else stop
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise RequestError(400, "stop must be a string or a list of strings")
    return {"chat": chat_messages(*split_system(messages)), "temperature": _number(body, "temperature", None),
            "top_p": _number(body, "top_p", None), "max_tokens": max_tokens, "seed": _number(body, "seed", None, int),
            "stop": stop, "include_stop": bool(body.get("include_stop_str_in_output"))}


class Handler(BaseHTTPRequestHandler):
    server: StandInServer

    def do_GET(self):
        if self.path.rstrip("/") == "/v1/models":
            self._reply(200, {"object": "list", "data": [
                {"id": self.server.name, "object": "model", "created": 0, "owned_by": "eft"}]})
        elif self.path == "/health":
            self._reply(200, {})
        else:
            self._reply(404, {"error": {"message": f"no route {self.path}", "type": "NotFound", "code": 404}})

    def do_POST(self):
        try:
            if self.path != "/v1/chat/completions":
                raise RequestError(404, f"no route {self.path}")
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            except ValueError as exc:
                raise RequestError(400, f"request body is not JSON ({one_line(exc)})") from None
            self._reply(200, self.server_completion(parse_request(body, self.server.name)))
        except RequestError as exc:
            self._reply(exc.status, {"error": {"message": str(exc), "type": "BadRequestError", "code": exc.status}})

    def server_completion(self, request: dict[str, Any]) -> dict[str, Any]:
        llm = self.server.llm
        done = llm.complete(request["chat"], temperature=request["temperature"], top_p=request["top_p"],
                            max_tokens=request["max_tokens"], seed=request["seed"], stop=request["stop"])
        if done.finish_reason == "refused":
            raise RequestError(400, f"This model's maximum context length is {llm.context} tokens: the prompt "
                                    f"and max_tokens={request['max_tokens']} do not fit")
        text = done.text
        if done.stop_reason and not request["include_stop"]:
            text = text[:-len(done.stop_reason)]
        self.server.served += 1
        usage = llm.usage(done)
        usage.pop("model")
        return {"id": f"chatcmpl-{self.server.served}", "object": "chat.completion", "created": int(time.time()),
                "model": self.server.name, "usage": usage,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "finish_reason": done.finish_reason, "stop_reason": done.stop_reason}]}

    def _reply(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # one line per request would drown the searches' logs
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eft serve", description="stand-in OpenAI-compatible server")
    parser.add_argument("--model", required=True, help="a local model folder (config.json, weights, tokenizer)")
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--served-name", help="the model name clients send (default: the folder's name)")
    parser.add_argument("--seed", type=int, default=0, help="seed of requests that carry none")
    return parser


def _stop(signum, frame):
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from eft.operators.hf_local import HFLocalLLM  # imports torch: only when serving

    name = args.served_name or Path(args.model).resolve().name
    llm = HFLocalLLM(args.model, seed=args.seed, context_overflow="refuse", name=name)
    try:
        server = StandInServer((args.host, args.port), llm, name)
    except OSError as exc:
        raise EftError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})") from None
    signal.signal(signal.SIGTERM, _stop)
    print(f"serving {name} ({args.model}) on http://{args.host}:{server.server_address[1]}/v1", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        print(f"stopped after {server.served} completions", file=sys.stderr, flush=True)
    return 0
