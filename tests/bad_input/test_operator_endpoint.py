"""A misbehaving OpenAI-compatible endpoint (stdlib fake on 127.0.0.1): down, slow, rate-limited, garbage.

Client-level cases call the operator OpenEvolve builds from our config; search-level cases check that a
failed request fails only its iteration, and that a run whose every request failed stops in one line.
"""
import asyncio
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from openevolve.llm.ensemble import LLMEnsemble

from eft.operators.factory import build_llm_configs
from eft.operators.offline import OfflineMutator
from eft.operators.openai_endpoint import EndpointError
from eft.search.run import run_search

REPO = Path(__file__).resolve().parents[2]
SEARCH = {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), "iterations": 3}
RATE_LIMITED = (429, "application/json", b'{"error": {"message": "rate limited", "type": "rate_limit"}}')
REPLIES = {
    "429": RATE_LIMITED,
    "429-retry-after": (*RATE_LIMITED, {"Retry-After": "0.4"}),
    "503": (503, "text/plain", b"overloaded"),
    "html": (200, "text/html", b"<html>502 Bad Gateway</html>"),
    "not-json": (200, "application/json", b"{not json"),
    "no-choices": (200, "application/json", b'{"id": "x", "object": "chat.completion", "model": "fake-model"}'),
    "not-an-edit": None,  # a well-formed completion whose text is no SEARCH/REPLACE block
}


class FakeServer(ThreadingHTTPServer):
    """Request n gets script[n] (a REPLIES key, or ("sleep", s) then a good answer); past the script,
    `rest` (same kinds; None = a good answer from the offline mutator)."""

    def __init__(self, script=(), rest=None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.script, self.rest, self.times, self.lock = list(script), rest, [], threading.Lock()
        self.mutator = OfflineMutator(0)

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        srv = self.server
        with srv.lock:
            n = len(srv.times)
            srv.times.append(time.monotonic())
        action = srv.script[n] if n < len(srv.script) else srv.rest
        if isinstance(action, tuple):
            time.sleep(action[1])
            action = None
        if action in (None, "not-an-edit"):
            messages = body["messages"]
            content = ("I like the program as it is." if action else
                       srv.mutator.answer(messages[0]["content"], messages[-1]["content"], body.get("seed")))
            headers, (status, kind, reply) = {}, (200, "application/json", json.dumps({
                "id": f"c{n}", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}]}).encode())
        else:
            status, kind, reply, *extra = REPLIES[action]
            headers = extra[0] if extra else {}
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(reply)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply)
        except OSError:  # the client gave up (timeout)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    servers = []

    def start(script=(), rest=None) -> FakeServer:
        srv = FakeServer(script, rest)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return srv
    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def operator(api_base: str, **overrides) -> dict:
    base = yaml.safe_load((REPO / "conf/operator/openai.yaml").read_text())
    endpoint = {"api_base": api_base, "api_key_env": None, "timeout_s": 5, "retries": 2, "retry_backoff_s": 0.01}
    return {**base, "model": "fake-model", "endpoint": {**endpoint, **overrides}}


def ask(op: dict) -> str:
    client = LLMEnsemble(build_llm_configs(op)).models[0]
    return asyncio.run(client.generate_with_context("system", [{"role": "user", "content": "hi"}]))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed when the block ends: nothing listens there


def fails(op: dict) -> str:
    with pytest.raises(EndpointError) as info:
        ask(op)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"endpoint {op['endpoint']['api_base']} (model fake-model): ")
    return message.split(": ", 1)[1]


def test_endpoint_down(serve):
    api_base = f"http://127.0.0.1:{free_port()}/v1"
    assert fails(operator(api_base)) == "Connection error (All connection attempts failed) after 3 attempt(s)"


def test_slow_endpoint_times_out_each_attempt(serve):
    srv = serve(rest=("sleep", 2.0))
    started = time.monotonic()
    assert fails(operator(srv.api_base, timeout_s=0.2, retries=1)) == "no reply within timeout_s=0.2 after 2 attempt(s)"
    assert len(srv.times) == 2 and time.monotonic() - started < 1.5


def test_rate_limited_then_ok_succeeds_after_backoff(serve):
    srv = serve(script=["429", "429", "503"])
    assert ask(operator(srv.api_base, retries=3, retry_backoff_s=0.05))
    gaps = [b - a for a, b in zip(srv.times, srv.times[1:])]
    assert len(srv.times) == 4 and all(gap >= 0.05 * 2 ** k for k, gap in enumerate(gaps))  # exponential


def test_retry_after_header_lengthens_the_backoff(serve):
    srv = serve(script=["429-retry-after"])
    assert ask(operator(srv.api_base, retries=1, retry_backoff_s=0.01))
    assert len(srv.times) == 2 and srv.times[1] - srv.times[0] >= 0.4


def test_rate_limited_forever_fails_after_the_configured_retries(serve):
    srv = serve(rest="429")
    assert fails(operator(srv.api_base, retries=2)) == "HTTP 429 (rate limited) after 3 attempt(s)"
    assert len(srv.times) == 3  # the SDK's own retries are off: `retries` is the only count


@pytest.mark.parametrize(("reply", "cause"), [
    ("not-json", "reply is not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
    ("no-choices", "reply has no choices[0].message.content"),
    ("html", "reply is a stream, not a chat completion (<html>502 Bad Gateway</html>)"),
])
def test_garbage_reply_is_not_retried(serve, reply, cause):
    srv = serve(rest=reply)
    assert fails(operator(srv.api_base)) == f"{cause} after 1 attempt(s)"
    assert len(srv.times) == 1


def failures(work_dir: Path) -> list[str]:
    lines = (work_dir / "evolution_trace_failures.jsonl").read_text().splitlines()
    return [json.loads(line)["error"] for line in lines]


def test_a_failed_request_fails_only_its_iteration(serve, tmp_path):
    srv = serve(script=["429", "429"])  # retries 1: the first iteration's request fails twice, then all is well
    summary = run_search(REPO / "tests/fixtures/tasks/quadratic", "diff", 0, operator(srv.api_base, retries=1),
                         SEARCH, 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.failed_iterations == 1
    assert failures(tmp_path / "w") == [(f"LLM generation failed: endpoint {srv.api_base} (model fake-model): "
                                         "HTTP 429 (rate limited) after 2 attempt(s)")]


def test_replies_that_are_no_valid_edit_fail_their_iterations_not_the_run(serve, tmp_path):
    srv = serve(rest="not-an-edit")
    summary = run_search(REPO / "tests/fixtures/tasks/quadratic", "diff", 0, operator(srv.api_base), SEARCH, 0,
                         tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.failed_iterations == SEARCH["iterations"]
    assert failures(tmp_path / "w") == ["No valid diffs found in response"] * SEARCH["iterations"]
    assert [c["best_combined_score"] for c in summary.curve] == [summary.curve[0]["best_combined_score"]] * 4


def test_every_request_failing_stops_the_search_in_one_line(serve, tmp_path, cli_error):
    srv = serve(rest="429")
    cfg = json.dumps({"search": SEARCH, "operator": operator(srv.api_base, retries=1), "seed": 0})
    line = cli_error("search", "run", "--task-dir", str(REPO / "tests/fixtures/tasks/quadratic"), "--strategy", "diff",
                     "--seed", "0", "--cfg", cfg, "--work-dir", str(tmp_path / "w"), "--out-dir", str(tmp_path / "o"))
    assert line == ("eft search: error: operator 'Qwen3.5-397B-A17B' answered none of 3 requests (retries: 1); "
                    f"last error: LLM generation failed: endpoint {srv.api_base} (model fake-model): "
                    "HTTP 429 (rate limited) after 2 attempt(s)")
    assert not (tmp_path / "o/summary.json").exists()
