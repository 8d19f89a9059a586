"""Decode a message from the sandboxed runner in the (unsandboxed) evaluator, with every cost bounded.

The runner lives inside the sandbox, so a candidate can write any bytes it likes on the result channel.
A line is at most `max_file_mb`, but what it decodes to can be far larger or break the evaluator: `[[],[],...]`
costs about 60 bytes of Python objects per 3 bytes sent, an .npy header may claim 10^12 elements (or
10^9 x 0: no data, yet `tolist()` makes 10^9 lists), arrays may be of object or structured dtype, a
nested list may be deeper than the evaluator's recursion limit, and integers may be too large to become
floats. `decode_message` therefore
- refuses non-ASCII bytes (the runner writes ASCII JSON) and bounds the number of JSON values before
  parsing anything (each value after the first follows a `[`, `,` or `:`, so counting those bytes bounds
  it from above; base64 contains none of them), and of objects (`{`), which cost the most to decode;
- decodes arrays itself from the .npy header: plain bool/int/uint/float dtypes of at most 8 bytes only,
  no pickles, at most MAX_NDIM axes, the objects `tolist()` will make (every prefix of the shape,
  zero-length axes included) charged to the same budget, and exactly the data the header promises;
- bounds the nesting depth (MAX_DEPTH containers, checked without recursion) and integer literals
  (MAX_INT_DIGITS digits, more than any float can hold);
- turns every failure, MemoryError and RecursionError included, into a `ResultError` with one line.
NaN and infinities stay floats (the runner's own encoding of them; evaluators reject them).
"""
from __future__ import annotations

import base64
import binascii
import contextlib
import gc
import io
import itertools
import json
import math
import sys
from collections.abc import Iterator
from typing import Any

import numpy as np
from numpy.lib import format as npy_format

MAX_VALUES = 2_000_000  # JSON values plus array elements/rows in one message (tasks need < 100,000)
MAX_OBJECTS = 100_000  # JSON objects (dicts) in one message
MAX_DEPTH = 100  # nested JSON containers (the runner refuses deeper results itself)
MAX_NDIM = 32
MAX_INT_DIGITS = 400  # a float64 has at most 309 integer digits
MAX_HEADER_BYTES = 4096  # np.save writes headers of ~128 bytes
PARSE_HEADROOM = 1000  # levels json's C parser may recurse beyond the caller's depth (a few hundred kB of stack)
ARRAY_KINDS = frozenset("biuf")
ARRAY_KEY = "__ndarray__"
_CONTAINERS = frozenset((list, dict))  # all json.loads makes


class ResultError(Exception):
    """A message that cannot be decoded within the bounds; str() is the one-line reason."""


def _stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


@contextlib.contextmanager
def _parsing() -> Iterator[None]:
    """While a message is decoded: a recursion limit never far above the caller's depth (the json parser
    raises RecursionError at the interpreter's limit, and if an evaluator raised that limit, the C stack
    could run out first), and no cyclic GC, which would otherwise rescan the growing result every few
    hundred containers (a million small lists took seconds instead of a tenth of one). Both are restored."""
    recursion_limit = _stack_depth() + PARSE_HEADROOM
    old_limit, gc_was_on = sys.getrecursionlimit(), gc.isenabled()
    if old_limit > recursion_limit:
        sys.setrecursionlimit(recursion_limit)
    gc.disable()
    try:
        yield
    finally:
        if gc_was_on:
            gc.enable()
        if old_limit > recursion_limit:
            sys.setrecursionlimit(old_limit)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ResultError(f"result contains an integer of more than {MAX_INT_DIGITS} digits")
    return int(text)


def tolist_objects(shape: tuple[int, ...]) -> int:
    """How many Python objects `tolist()` makes for `shape`: each prefix's product, so (10**9, 0) costs
    10**9 (empty lists) although it holds no data. Python ints: no overflow."""
    total, prefix = 0, 1
    for size in shape:
        prefix *= size
        total += prefix
    return max(total, 1)


def array_from_npy(data: bytes, budget: int, max_values: int = MAX_VALUES) -> np.ndarray:
    """The array an .npy payload holds, refusing anything but a plain numeric array of at most `budget`
    objects once listed. Nothing is allocated before the header has been checked against the data."""
    fp = io.BytesIO(data)
    try:
        version = npy_format.read_magic(fp)
    except ValueError:
        raise ResultError("malformed array in the result: not an .npy payload") from None
    if version == (1, 0):
        shape, fortran, dtype = npy_format.read_array_header_1_0(fp, max_header_size=MAX_HEADER_BYTES)
    elif version == (2, 0):
        shape, fortran, dtype = npy_format.read_array_header_2_0(fp, max_header_size=MAX_HEADER_BYTES)
    else:
        raise ResultError(f"malformed array in the result: .npy version {version}")
    if dtype.kind not in ARRAY_KINDS or dtype.hasobject or dtype.fields or dtype.subdtype \
            or not 0 < dtype.itemsize <= 8:
        raise ResultError(f"result array has dtype {dtype.str}; only bool, int, uint and float are accepted")
    if not isinstance(shape, tuple) or len(shape) > MAX_NDIM \
            or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise ResultError("malformed array in the result: bad shape")
    objects = tolist_objects(shape)
    if objects > budget or math.prod(max(n, 1) for n in shape) > budget:
        raise ResultError(f"result too large: more than {max_values} values (array rows and entries counted)")
    count = math.prod(shape)
    offset = fp.tell()
    if len(data) - offset != count * dtype.itemsize:
        raise ResultError("malformed array in the result: data does not match its header")
    flat = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C")


class _Decoder:
    """One message's parse: `hook` turns wire arrays into lists, charging them to the value budget."""

    def __init__(self, budget: int, max_values: int):
        self.budget, self.max_values = budget, max_values
        self.arrays: dict[int, tuple[list, int]] = {}  # id -> (the list, kept alive so ids stay unique; ndim)

    def hook(self, obj: dict) -> Any:
        if ARRAY_KEY not in obj or len(obj) != 1:
            return obj
        text = obj[ARRAY_KEY]
        if not isinstance(text, str):
            raise ResultError("malformed array in the result")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ResultError("malformed array in the result: bad base64") from None
        array = array_from_npy(data, self.budget, self.max_values)
        self.budget -= tolist_objects(array.shape)
        listed = array.tolist()
        if isinstance(listed, list):
            self.arrays[id(listed)] = (listed, array.ndim)
        return listed

    def check_depth(self, value: Any) -> None:
        """ResultError if containers nest deeper than MAX_DEPTH. Level by level, without recursion, and
        with per-element work in comprehensions only (a million small lists take a fraction of a second);
        an array's list counts its axes without being walked."""
        level, depth = [value], 1
        while level:
            children = list(itertools.chain.from_iterable(n.values() if type(n) is dict else n for n in level))
            if _CONTAINERS.isdisjoint(map(type, children)):  # at C speed: the usual end, lists of numbers
                return
            inner = [c for c in children if type(c) in _CONTAINERS]
            depth += 1
            arrays = [self.arrays[id(c)][1] for c in inner if id(c) in self.arrays] if self.arrays else []
            if max(depth, depth - 1 + max(arrays, default=0)) > MAX_DEPTH + 1:  # +1: the message itself
                raise ResultError(f"result nested deeper than {MAX_DEPTH} levels")
            level = [c for c in inner if id(c) not in self.arrays] if arrays else inner


def decode_message(line: bytes, max_values: int = MAX_VALUES) -> Any:
    """One JSON line from the runner, arrays as nested lists; ResultError (one line) for anything else."""
    if not line.isascii():
        raise ResultError("malformed message on the result channel")
    bound = line.count(b",") + line.count(b"[") + line.count(b":") + 1
    if bound > max_values:
        raise ResultError(f"result too large: more than {max_values} values")
    if line.count(b"{") > MAX_OBJECTS:
        raise ResultError(f"result too large: more than {MAX_OBJECTS} objects")
    decoder = _Decoder(max_values - bound, max_values)
    try:
        with _parsing():
            value = json.loads(line, object_hook=decoder.hook, parse_int=_parse_int)
            if type(value) in _CONTAINERS:
                decoder.check_depth(value)
    except ResultError:
        raise
    except RecursionError:
        raise ResultError(f"result nested deeper than {MAX_DEPTH} levels") from None
    except MemoryError:
        raise ResultError("result too large to decode") from None
    except Exception:  # noqa: BLE001 - whatever the bytes were, the answer is one line
        raise ResultError("malformed message on the result channel") from None
    return value
