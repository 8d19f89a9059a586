"""Trusted child-side runner: import a candidate by path, then answer one call per message from the parent.

Run as `python -s -P -B runner.py PROGRAM FUNCTION CALLS_FD RESULTS_FD` (by file path, so the candidate
cannot shadow it). Messages are JSON lines: the runner sends `{"ready": true}` (or `{"error": ...}`) once
the program is imported, then reads `{"kwargs": {...}}` and answers `{"value": ...}` or `{"error": ...}`.
Each call's inputs arrive only after the parent started its clock, so the parent times every call from
outside: nothing the candidate does to clocks or to this module can shorten a measured time. Only the
standard library is imported here (numpy only to decode array inputs); numpy results are converted through
their own `tolist`/`item`. NaN and infinities are written as JSON's NaN/Infinity literals, which the
parent reads back as floats, so evaluators can reject them. The parent trusts none of this (the candidate
can write to the result pipe itself) and decodes with bounds of its own (`eft.sandbox.decode`); the limits
here only let an honest result that breaks them fail with a clear reason instead.
"""
import base64
import importlib.util
import io
import json
import os
import sys
import time

MAX_INT_BITS = 1328  # < 10**400: the parent refuses integers of more digits (eft.sandbox.decode)
WIRE_KINDS = ("b", "i", "u", "f")  # dtypes sent as .npy: the parent accepts these, of at most 8 bytes
CLOCKS = ("perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "time", "time_ns", "process_time")
_ORIGINAL_CLOCKS = {name: getattr(time, name) for name in CLOCKS}


def array_to_wire(array):
    """A numpy array as `{"__ndarray__": base64 .npy}`: far cheaper than JSON lists inside a timed call."""
    import numpy as np
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return {"__ndarray__": base64.b64encode(buf.getvalue()).decode("ascii")}


def to_jsonable(obj, depth=0):
    """JSON data from numpy arrays/scalars, tuples, sets and nested containers (real arrays: wire form)."""
    if depth > 100:
        raise ValueError("result nested too deeply")
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int):
        if obj.bit_length() > MAX_INT_BITS:
            raise ValueError("result contains an integer of more than 400 digits")
        return int(obj)
    if isinstance(obj, float):
        return float(obj)
    if isinstance(obj, complex):
        return [obj.real, obj.imag]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v, depth + 1) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_jsonable(v, depth + 1) for v in obj]
    dtype = getattr(obj, "dtype", None)
    if getattr(dtype, "kind", "") == "f" and getattr(dtype, "itemsize", 0) > 8:  # long double: as float64
        return to_jsonable(obj.astype("f8") if getattr(obj, "ndim", 0) else float(obj), depth + 1)
    if getattr(obj, "ndim", 0) >= 1 and getattr(dtype, "kind", "") in WIRE_KINDS:
        return array_to_wire(obj)
    if hasattr(obj, "tolist"):  # other numpy arrays and numpy scalars
        return to_jsonable(obj.tolist(), depth + 1)
    if hasattr(obj, "item"):
        return to_jsonable(obj.item(), depth + 1)
    raise TypeError(f"result of type {type(obj).__name__} is not JSON-convertible")


def from_wire(obj):
    """json object_hook for the parent's (trusted) inputs: `{"__ndarray__": base64 .npy}` back into a numpy
    array, never unpickled. Results go the other way and are decoded by `eft.sandbox.decode`."""
    if set(obj) == {"__ndarray__"}:
        import numpy as np
        return np.load(io.BytesIO(base64.b64decode(obj["__ndarray__"])), allow_pickle=False)
    return obj


def describe(exc):
    """`Type: message` of a candidate's exception, cut to bound the message; the parent puts it on one line."""
    text = str(exc)[:2000]
    name = type(exc).__name__
    return f"{name}: {text}" if text.strip() else name


def tampered_clock():
    """Name of a `time` function the candidate replaced, if any (a sign it tried to fake its speed)."""
    return next((f"time.{n}" for n, fn in _ORIGINAL_CLOCKS.items() if getattr(time, n, None) is not fn), None)


def encode(message):
    return json.dumps(message, allow_nan=True).encode() + b"\n"


def send(out, data):
    out.write(data)
    out.flush()


def call(fn, function, kwargs):
    """The reply to one call, already encoded (an unencodable result is the candidate's failure too)."""
    try:
        value = to_jsonable(fn(**kwargs))
        clock = tampered_clock()
        reply = {"error": f"candidate replaced {clock}"} if clock else {"value": value}
        return reply, encode(reply)
    except MemoryError:
        reply = {"error": "MemoryError"}
    except BaseException as exc:  # noqa: BLE001 - SystemExit from a candidate is a failure too
        reply = {"error": f"exception in {function}(): {describe(exc)}"}
    return reply, encode(reply)


def main(argv):
    program, function, calls_fd, results_fd = argv[1:5]
    calls = os.fdopen(int(calls_fd), "rb")
    out = os.fdopen(int(results_fd), "wb")
    try:
        spec = importlib.util.spec_from_file_location("candidate", program)
        module = importlib.util.module_from_spec(spec)
        sys.modules["candidate"] = module
        spec.loader.exec_module(module)
        fn = getattr(module, function, None)
        if not callable(fn):
            raise AttributeError(f"program defines no function {function}()")  # noqa: TRY004 - a missing name
    except MemoryError:
        send(out, encode({"error": "MemoryError"}))
        return
    except BaseException as exc:  # noqa: BLE001
        send(out, encode({"error": f"exception while importing program: {describe(exc)}"}))
        return
    send(out, encode({"ready": True}))
    for line in calls:
        reply, data = call(fn, function, json.loads(line, object_hook=from_wire)["kwargs"])
        send(out, data)
        if "error" in reply:
            return


if __name__ == "__main__":
    main(sys.argv)
