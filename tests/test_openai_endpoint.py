"""Searches through OpenEvolve's own OpenAI client against a stdlib fake of /v1/chat/completions."""
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from eft.errors import EftError
from eft.operators.offline import OfflineMutator
from eft.search.run import run_search

REPO = Path(__file__).resolve().parents[1]
TASK = REPO / "tests/fixtures/tasks/quadratic"
SEARCH = {**yaml.safe_load((REPO / "conf/search/micro.yaml").read_text()), "iterations": 6}
GARBAGE = "Sure! I think the program is great as it is."
NO_MATCH = "<<<<<<< SEARCH\n    this line is not in the program\n=======\n    x = 3.7\n>>>>>>> REPLACE\n"


class FakeServer(ThreadingHTTPServer):
    """Answers with the offline mutator, or with scripted bad answers for the requests listed in `bad`."""

    def __init__(self, bad: dict[int, str]):
        super().__init__(("127.0.0.1", 0), Handler)
        self.bad, self.requests, self.lock = bad, [], threading.Lock()
        self.mutator = OfflineMutator(0)


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        assert self.path == "/v1/chat/completions"
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with self.server.lock:
            n = len(self.server.requests)
            self.server.requests.append(body)
        messages = body["messages"]
        content = self.server.bad.get(n) or self.server.mutator.answer(
            messages[0]["content"], messages[-1]["content"], body.get("seed"))
        matched = next((s for s in body.get("stop") or [] if s in content), None)
        if matched:  # as vLLM: the answer ends before the stop string, which the choice names
            content = content[:content.index(matched)]
        reply = json.dumps({
            "id": f"cmpl-{n}", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop", "stop_reason": matched,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(request):
    srv = FakeServer(getattr(request, "param", {}))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def operator(port: int, **overrides) -> dict:
    base = yaml.safe_load((REPO / "conf/operator/openai.yaml").read_text())
    endpoint = {**base["endpoint"], "api_base": f"http://127.0.0.1:{port}/v1", "api_key_env": None,
                "timeout_s": 10, "retries": 0}
    return {**base, "model": "fake-model", "endpoint": {**endpoint, **overrides}}


def test_search_through_openai_client(server, tmp_path):
    summary = run_search(TASK, "diff", 0, operator(server.server_address[1]), SEARCH, 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.failed_iterations == 0
    assert len(server.requests) == SEARCH["iterations"]
    sent = server.requests[0]
    assert sent["model"] == "fake-model" and sent["temperature"] == 0.7 and sent["top_p"] == 0.95
    assert sent["messages"][0]["role"] == "system" and "# Current Program" in sent["messages"][1]["content"]
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert len(records) == SEARCH["iterations"]
    assert all("<<<<<<< SEARCH" in r["llm_response"] for r in records)


def test_stop_strings_are_sent_and_put_back(server, tmp_path):
    op = {**operator(server.server_address[1]), "stop": [">>>>>>> REPLACE"]}
    summary = run_search(TASK, "diff", 0, op, SEARCH, 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.failed_iterations == 0
    assert all(r["stop"] == [">>>>>>> REPLACE"] and isinstance(r["seed"], int) for r in server.requests)
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert len(records) == SEARCH["iterations"]
    assert all(r["llm_response"].endswith(">>>>>>> REPLACE") for r in records)


@pytest.mark.parametrize("server", [{0: GARBAGE, 2: NO_MATCH}], indirect=True)
def test_unusable_answers_skip_the_iteration(server, tmp_path, capfd):
    summary = run_search(TASK, "diff", 0, operator(server.server_address[1]), SEARCH, 0, tmp_path / "w", tmp_path / "o")
    assert summary.status == "ok" and summary.failed_iterations == 2
    records = [json.loads(line) for line in (tmp_path / "o/trace.jsonl").read_text().splitlines()]
    assert len(records) == SEARCH["iterations"] - 2
    err = capfd.readouterr().err
    assert "No valid diffs found in response" in err
    assert "None of the 1 SEARCH block(s) matched the parent program" in err


def test_endpoint_down_fails_after_retries(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when the block ends: nothing listens there
    with pytest.raises(EftError, match=r"answered none of 1 requests \(retries: 1\).*Connection error"):
        run_search(TASK, "diff", 0, operator(port, retries=1, timeout_s=2), {**SEARCH, "iterations": 1}, 0,
                   tmp_path / "w", tmp_path / "o")
    assert not (tmp_path / "o/summary.json").exists()
