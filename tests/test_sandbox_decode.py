"""What a candidate's answer may cost the evaluator: the result decoder, `as_array`, and scratch cleanup.

The decoder and `as_array` run in the unsandboxed evaluator on bytes the candidate chose; the cleanup runs
there on a tree the candidate built. Each must bound its work, answer in one line, and never raise
anything else (RecursionError, MemoryError, OverflowError, OSError).
"""
from __future__ import annotations

import base64
import contextlib
import gc
import json
import logging
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from eft.judge import CandidateError, as_array, scoring
from eft.sandbox import run_python, scratch_dir
from eft.sandbox.cleanup import remove_tree
from eft.sandbox.decode import (
    MAX_DEPTH,
    MAX_OBJECTS,
    MAX_VALUES,
    ResultError,
    decode_message,
)
from eft.sandbox.limits import SandboxLimits
from eft.sandbox.runner import array_to_wire, to_jsonable

NOBODY = 65534


def npy(shape, descr="<f8", data=b"", fortran=False, version=1) -> bytes:
    """An .npy payload written by hand, so its header can claim anything."""
    header = repr({"descr": descr, "fortran_order": fortran, "shape": shape}).encode()
    pad = 12 if version == 2 else 10
    header += b" " * (-(len(header) + pad + 1) % 64) + b"\n"
    size = struct.pack("<I" if version == 2 else "<H", len(header))
    return b"\x93NUMPY" + bytes([version, 0]) + size + header + data


def message(value_json: str) -> bytes:
    return b'{"value": ' + value_json.encode() + b'}'


def wire(raw: bytes) -> str:
    return json.dumps({"__ndarray__": base64.b64encode(raw).decode()})


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# --- the result decoder ---------------------------------------------------------------------------------

@pytest.mark.parametrize("array", [
    np.arange(6.0).reshape(2, 3),
    np.asfortranarray(np.arange(12, dtype=np.int32).reshape(3, 4)),
    np.arange(5, dtype=">f8"),
    np.array([True, False]),
    np.array([2**64 - 1], dtype=np.uint64),
    np.array([0.5, -1.5], dtype=np.float16),
    np.zeros((0, 3)),
    np.zeros((4, 0)),
    np.arange(24, dtype=np.int8).reshape(2, 3, 4),
])
def test_arrays_come_back_as_their_lists(array):
    decoded = decode_message(json.dumps({"value": array_to_wire(array)}).encode())["value"]
    assert decoded == array.tolist()
    assert json.dumps(decoded) == json.dumps(array.tolist())  # plain Python scalars, no numpy types


@pytest.mark.parametrize("raw, reason", [
    (npy((10**6, 10**6)), "result too large"),
    (npy((10**9, 0)), "result too large"),  # no data, yet tolist() would make 10**9 lists
    (npy((0, 2**62)), "result too large"),  # a zero axis first still counts the ones after it
    (npy((1,) * 33, data=b"\0" * 8), "bad shape"),
    (npy((3,), "|O", b"\x80\x04K\x01."), r"dtype \|O"),
    (npy((3,), "<U5", b"x" * 60), "dtype <U5"),
    (npy((1,), "<f16", b"\0" * 16), "dtype <f16"),
    (npy((1,), "<c16", b"\0" * 16), "dtype <c16"),
    (npy((1,), [("a", "<f8")], b"\0" * 8), "dtype"),
    (npy((1,), "<M8[s]", b"\0" * 8), "dtype"),
    (npy((4,), data=b"\0" * 8), "does not match its header"),
    (npy((1,), data=b"\0" * 16), "does not match its header"),
    (npy((2,), data=b"\0" * 16, version=2)[:-1], "does not match its header"),
    (b"\x93NUMPY\x03\x00" + b"\0" * 20, "version"),
    (b"\x80\x04K\x01.", "not an .npy payload"),
    (b"\x93NUMPY\x01\x00\xff\xff" + b"{" * 65535, "malformed"),
])
def test_forged_arrays_are_refused_in_one_line(raw, reason):
    with pytest.raises(ResultError, match=reason) as caught:
        decode_message(message(wire(raw)))
    assert "\n" not in str(caught.value)


def test_array_budget_is_shared_by_all_arrays_of_a_message():
    one = wire(npy((MAX_VALUES // 3, 0)))
    assert decode_message(message(f"[{one}, {one}]"))["value"] == [[[]] * (MAX_VALUES // 3)] * 2
    with pytest.raises(ResultError, match="result too large"):
        decode_message(message(f"[{one}, {one}, {one}, {one}]"))


@pytest.mark.parametrize("value_json", ['{"__ndarray__": 5}', '{"__ndarray__": "@@"}', '{"__ndarray__": null}'])
def test_malformed_wire_arrays(value_json):
    with pytest.raises(ResultError, match="malformed array"):
        decode_message(message(value_json))


def test_a_dict_that_only_looks_like_an_array_stays_a_dict():
    assert decode_message(message('{"__ndarray__": "AA==", "x": 1}'))["value"] == {"__ndarray__": "AA==", "x": 1}


def test_nesting_is_bounded_without_recursion():
    assert decode_message(message(nested(MAX_DEPTH)))["value"] is not None  # the value: MAX_DEPTH levels
    for depth in (MAX_DEPTH + 1, 10_000, 1_000_000):
        with pytest.raises(ResultError, match="nested deeper"):
            decode_message(message(nested(depth)))
    array = wire(npy((1,) * 3, data=b"\0" * 8))  # an array's axes count as levels too
    assert decode_message(message("[" * (MAX_DEPTH - 3) + array + "]" * (MAX_DEPTH - 3)))
    with pytest.raises(ResultError, match="nested deeper"):
        decode_message(message("[" * (MAX_DEPTH - 2) + array + "]" * (MAX_DEPTH - 2)))


def test_a_huge_recursion_limit_cannot_let_the_parser_overflow_the_c_stack():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(10**7)
    try:
        with pytest.raises(ResultError, match="nested deeper"):
            decode_message(message(nested(1_500_000)))
        assert sys.getrecursionlimit() == 10**7
    finally:
        sys.setrecursionlimit(old)


def test_value_and_object_counts_are_bounded_before_parsing():
    with pytest.raises(ResultError, match="more than 2000000 values"):
        decode_message(message("[" + "[]," * MAX_VALUES + "[]]"))
    with pytest.raises(ResultError, match=f"more than {MAX_OBJECTS} objects"):
        decode_message(message("[" + "{}," * MAX_OBJECTS + "{}]"))
    start = time.perf_counter()
    decode_message(message("[" + "[[]]," * (MAX_VALUES // 3 - 10) + "[]]"))  # just under: still fast
    assert time.perf_counter() - start < 5.0


def test_integers_are_bounded_and_non_finite_floats_stay_floats():
    assert decode_message(message("9" * 400))["value"] == int("9" * 400)
    for text in ("9" * 401, "-" + "9" * 401, "9" * 100_000):
        with pytest.raises(ResultError, match="integer of more than 400 digits"):
            decode_message(message(text))
    value = decode_message(b'{"value": [NaN, Infinity, -Infinity, 1e999]}')["value"]
    assert np.isnan(value[0]) and value[1:] == [np.inf, -np.inf, np.inf]


@pytest.mark.parametrize("line", [b"", b"\xff\xfe", b'{"value": "\xc3\xa9"}', b"[1, 2", b"{'value': 1}", b"\0" * 100])
def test_garbage_is_a_malformed_message(line):
    with pytest.raises(ResultError, match="malformed message"):
        decode_message(line)


def test_any_mutation_of_a_message_decodes_or_fails_in_one_line():
    """Fuzz: whatever the bytes, the decoder returns JSON data or raises ResultError, nothing else."""
    rng = random.Random(8)
    base = json.dumps({"value": {"a": array_to_wire(np.arange(12.0).reshape(3, 4)), "b": [[1, 2], {"c": 3}]}})
    tokens = ["[", "]", "{", "}", '"', ",", ":", "\\", "9" * 500, "1e999", "NaN", "__ndarray__", "\\u0000"]
    for _ in range(3000):
        text = list(base)
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(text))
            action = rng.random()
            if action < 0.4:
                text[position] = rng.choice(tokens)
            elif action < 0.7:
                del text[position:position + rng.randint(1, 40)]
            else:
                text.insert(position, rng.choice(tokens) * rng.randint(1, 300))
        try:
            decode_message("".join(text).encode())
        except ResultError as exc:
            assert "\n" not in str(exc)


def test_decoding_restores_the_garbage_collector():
    assert gc.isenabled()
    decode_message(message("[1]"))
    assert gc.isenabled()
    with contextlib.suppress(ResultError):
        decode_message(message(nested(500)))
    assert gc.isenabled()
    gc.disable()
    try:
        decode_message(message("[1]"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_runner_sends_long_double_as_float64_and_refuses_giant_ints():
    assert to_jsonable(np.longdouble(1.5)) == 1.5
    sent = to_jsonable(np.arange(3, dtype=np.longdouble))
    assert decode_message(json.dumps({"value": sent}).encode())["value"] == [0.0, 1.0, 2.0]
    assert to_jsonable(10**399) == 10**399
    with pytest.raises(ValueError, match="more than 400 digits"):
        to_jsonable([10**400])


def test_forged_answers_end_the_run_with_one_line(tmp_path):
    program = tmp_path / "forge.py"
    program.write_text("import os, sys\n"
                       "def run(line):\n"
                       "    os.write(int(sys.argv[4]), line.encode() + b'\\n')\n"
                       "    os._exit(0)\n")
    limits = SandboxLimits(timeout_s=5.0)
    for line, reason in [('{"value": ' + nested(5000) + "}", "nested deeper"),
                         (message(wire(npy((10**9, 0)))).decode(), "result too large"),
                         ('{"error": [1, 2]}', "malformed message")]:
        res = run_python(program, "run", [{"line": line}], limits)
        assert not res.ok and re.search(reason, res.error), res.error


# --- as_array on whatever an evaluator is given ----------------------------------------------------------

def test_as_array_bounds_shared_sublists_before_allocating():
    row = [0.0] * 100_000
    start = time.perf_counter()
    for value in ([row] * 10_000, [[row] * 100] * 100, [[0.0] * 1000] * 10**6):  # 10**9 entries each
        with pytest.raises(CandidateError, match="more than 1000000 entries"):
            as_array(value, "x", (None, None))
    with pytest.raises(CandidateError, match="more than 1000000 entries"):
        as_array([row] * 10_000, "x", (None,))  # deeper than asked: refused before numpy sees it
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("value, shape, max_size, reason", [
    ([[10**350, 1.0]], (1, 2), 10, "too large for a float"),
    (["1.5", 2.0], (2,), 10, "must be a numeric array"),
    ([None, 2.0], (2,), 10, "must be a numeric array"),
    ([{"a": 1}], (1,), 10, "must be a numeric array"),
    ([[1.0], [1.0, 2.0]], (2, None), 10, "rows of different lengths"),
    ([[1.0], 2.0], (2, None), 10, "lists mixed with numbers"),
    ([[1.0, 2.0]], (None,), 10, r"has shape \(1, 2\)"),
    ([[1.0, 2.0], [3.0, 4.0]], (2,), 2, r"has shape \(2, 2\), expected \(2\)"),  # the shape first
    ([1.0, 2.0, 3.0], (None,), 2, "has 3 entries, expected 1..2"),
    ([], (None,), 10, "has 0 entries"),
    ("abc", (None,), 10, "got str"),
    (None, (None,), 10, "got NoneType"),
    (np.array(["a"]), (1,), 10, "must be a numeric array"),
    (np.array([1.0, np.inf]), (2,), 10, "NaN or infinite"),
    (np.zeros(11), (None,), 10, "has 11 entries"),
])
def test_as_array_refuses_in_one_line(value, shape, max_size, reason):
    with pytest.raises(CandidateError, match=reason) as caught:
        as_array(value, "x", shape, max_size=max_size)
    assert "\n" not in str(caught.value)


def test_as_array_refuses_lists_nested_deeper_than_numpy_allows():
    value: list = [1.0]
    for _ in range(100_000):
        value = [value]
    with pytest.raises(CandidateError, match="nested more than 32 levels"):
        as_array(value, "x", (None,))


def test_as_array_accepts_numbers_of_every_kind():
    got = as_array((1, True, np.float32(0.5), np.int64(3), 2.5), "x", (5,))
    assert got.dtype == float and got.tolist() == [1.0, 1.0, 0.5, 3.0, 2.5]
    assert as_array(2.0, "x", ()).shape == ()
    assert as_array(np.ones((2, 3), dtype=np.int8), "x", (2, None)).dtype == float


def deep_list(depth: int, leaf: object) -> list:
    value = [leaf]
    for _ in range(depth):
        value = [value]
    return value


def fake_run(monkeypatch, first, second) -> None:
    result = type("Result", (), {"ok": True, "error": None, "values": [first, second]})()
    monkeypatch.setattr(scoring, "run_python", lambda *args, **kwargs: result)


TASK = type("Task", (), {"limits": type("Limits", (), {"call": lambda self: None})()})()


@pytest.mark.parametrize("first, second, same", [
    ({"a": [1.0, math.nan], "b": 2}, {"b": 2, "a": [1.0, float("nan")]}, True),  # NaN is NaN, key order free
    ([[0.5] * 1000] * 1000, [[0.5] * 1000] * 1000, True),
    ([[0.5] * 1000] * 999 + [[0.5] * 999 + [0.25]], [[0.5] * 1000] * 1000, False),
    ([1.0, math.nan], [1.0, 2.0], False),
    ({"a": 1}, {"a": 1, "b": 2}, False),
    ([1, [2]], [1, 2], False),
])
def test_candidate_output_requires_the_same_answer_twice(monkeypatch, first, second, same):
    fake_run(monkeypatch, first, second)
    if same:
        assert scoring.candidate_output(TASK, "x.py") is first
    else:
        with pytest.raises(CandidateError, match="nondeterministic output"):
            scoring.candidate_output(TASK, "x.py")


def test_comparing_two_results_is_fast_and_cannot_raise(monkeypatch):
    big = np.random.default_rng(0).random(MAX_VALUES - 10).tolist()
    start = time.perf_counter()
    assert scoring.same_result({"x": big + [math.nan]}, {"x": [*big, math.nan]})
    assert not scoring.same_result(big, big[:-1] + [0.5])
    assert time.perf_counter() - start < 3.0
    fake_run(monkeypatch, deep_list(100_000, 1.0), deep_list(100_000, 1.0))  # not from the decoder: too deep
    with pytest.raises(CandidateError, match="cannot be compared"):
        scoring.candidate_output(TASK, "x.py")


# --- scratch cleanup ----------------------------------------------------------------------------------

def deep_tree(root: Path, depth: int, name: str = "d" * 200) -> None:
    """A chain of `depth` folders below root, made fd-relative (the path is far beyond PATH_MAX)."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = child
        with open(os.open("file", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd), "w") as fh:
            fh.write("x")
        os.mkdir("locked", dir_fd=fd)
        os.chmod(f"/proc/self/fd/{fd}", 0o500)
    finally:
        os.close(fd)


def hostile_tree(root: Path, outside: Path) -> None:
    """Everything a candidate can do to resist removal without privileges."""
    (root / "locked" / "a" / "b").mkdir(parents=True)
    (root / "locked" / "a" / "b" / "file").write_text("x")
    os.chmod(root / "locked" / "a" / "b", 0)
    os.chmod(root / "locked" / "a", 0)
    os.chmod(root / "locked", 0)
    (root / "readonly" / "sub").mkdir(parents=True)
    (root / "readonly" / "sub" / "file").write_text("x")
    os.chmod(root / "readonly" / "sub", 0o500)
    os.chmod(root / "readonly", 0o500)
    (root / "noperm").write_text("x")
    os.chmod(root / "noperm", 0)
    os.mkfifo(root / "fifo")
    os.symlink("loop", root / "loop")
    os.symlink(".", root / "self")
    os.symlink(outside, root / "outside")
    os.symlink(outside / "keep.txt", root / "outside_file")
    if os.stat(outside).st_dev == os.stat(root).st_dev:
        os.link(outside / "keep.txt", root / "hardlink")
    (root / ("n" * 255)).mkdir()
    os.chmod(root, 0o500)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame:
        frame, depth = frame.f_back, depth + 1
    return depth


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep")
    yield folder
    assert (folder / "keep.txt").read_text() == "keep"


def test_cleanup_of_a_tree_deeper_than_path_max_and_the_recursion_limit():
    root = Path(tempfile.mkdtemp(prefix="eft-test-deep-"))
    deep_tree(root, 400)  # 80 kB of path: 20 times PATH_MAX
    fds, old = open_fds(), sys.getrecursionlimit()
    sys.setrecursionlimit(stack_depth() + 30)  # no room to recurse: the removal must be a loop
    try:
        assert remove_tree(root)
    finally:
        sys.setrecursionlimit(old)
    assert not root.exists() and open_fds() == fds


def test_cleanup_never_follows_links_and_restores_permissions(outside):
    root = Path(tempfile.mkdtemp(prefix="eft-test-hostile-"))
    hostile_tree(root, outside)
    assert remove_tree(root) and not os.path.lexists(root)


def test_cleanup_of_a_link_removes_only_the_link(outside, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(outside)
    assert remove_tree(link) and not os.path.lexists(link)
    assert remove_tree(tmp_path / "missing")


def test_cleanup_of_many_entries(tmp_path):
    root = tmp_path / "wide"
    root.mkdir()
    for i in range(40):
        (root / f"d{i}").mkdir()
        for j in range(100):
            (root / f"d{i}" / f"f{j}").touch()
    assert remove_tree(root) and not root.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="setting append-only/immutable flags needs root")
def test_cleanup_clears_immutable_and_append_only_flags(tmp_path):
    root = tmp_path / "flags"
    (root / "dir").mkdir(parents=True)
    (root / "dir" / "file").write_text("x")
    (root / "frozen").write_text("x")
    tried = [subprocess.run(["chattr", flag, str(path)], check=False, capture_output=True).returncode
             for flag, path in (("+a", root / "dir"), ("+i", root / "frozen"))]
    if any(tried):
        pytest.skip("this file system does not take chattr flags")
    assert remove_tree(root) and not root.exists()


def as_unprivileged(job, prepare=None) -> dict:
    """Run job(root) in a forked child as an unprivileged user (nobody, when the tests run as root) on a
    fresh folder that user owns, after prepare(root) as the caller; returns what the job returned."""
    root = Path(tempfile.mkdtemp(prefix="eft-test-user-"))
    if os.geteuid() == 0:
        os.chown(root, NOBODY, NOBODY)
    if prepare:
        prepare(root)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            os.write(write, json.dumps(job(root)).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    remove_tree(root)
    assert os.waitstatus_to_exitcode(status) == 0 and data, "the unprivileged child failed"
    return json.loads(data)


def test_cleanup_as_an_unprivileged_user_where_rmtree_leaks():
    def job(root: Path) -> dict:
        outside = root / "outside"
        outside.mkdir()
        (outside / "keep.txt").write_text("keep")
        first, second = root / "first", root / "second"
        (second / "deep").mkdir(parents=True)
        deep_tree(second / "deep", 300)
        for tree in (first, second):
            tree.mkdir(exist_ok=True)
            hostile_tree(tree, outside)
        shutil.rmtree(first, ignore_errors=True)
        return {"rmtree_left": os.path.lexists(first), "removed": [remove_tree(first), remove_tree(second)],
                "left": [os.path.lexists(first), os.path.lexists(second)],
                "kept": (outside / "keep.txt").read_text()}
    got = as_unprivileged(job)
    assert got["rmtree_left"], "shutil.rmtree was expected to leak this tree (else the test proves nothing)"
    assert got == {"rmtree_left": True, "removed": [True, True], "left": [False, False], "kept": "keep"}


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a folder the unprivileged user cannot empty")
def test_what_cannot_be_removed_is_one_warning_not_an_exception():
    def job(root: Path) -> dict:
        records: list[str] = []
        handler = logging.Handler()
        handler.emit = lambda record: records.append(record.getMessage())
        logging.getLogger("eft.sandbox.cleanup").addHandler(handler)
        return {"removed": remove_tree(root / "tree"), "warnings": records}

    def prepare(root: Path) -> None:
        (root / "tree" / "owned_by_root").mkdir(parents=True)
        (root / "tree" / "owned_by_root" / "file").write_text("x")
        os.chown(root / "tree", NOBODY, NOBODY)

    got = as_unprivileged(job, prepare)
    assert got["removed"] is False
    assert len(got["warnings"]) == 1 and "\n" not in got["warnings"][0]
    assert got["warnings"][0].startswith("could not remove ")


def test_scratch_dir_removes_what_a_candidate_could_build(outside):
    with scratch_dir() as scratch:
        (scratch / "deep").mkdir()
        deep_tree(scratch / "deep", 300)
        hostile_tree(scratch, outside)
    assert not os.path.lexists(scratch)
