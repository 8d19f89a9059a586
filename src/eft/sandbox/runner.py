"""Trusted child-side runner: import a candidate by path, call one function per kwargs set, write JSON.

Run as `python -s -P -B runner.py PROGRAM FUNCTION CALLS_JSON OUT_JSON MAX_BYTES` (by file path, so the
candidate cannot shadow it). Only the standard library is imported here; numpy results are converted
through their own `tolist`/`item`. NaN and infinities are written as JSON's NaN/Infinity literals, which
the parent's json module reads back as floats, so evaluators can reject them.
"""
import importlib.util
import json
import sys
import time

_clock = time.perf_counter  # captured before the candidate can patch the time module


def to_jsonable(obj, depth=0):
    """Plain JSON data from numpy arrays/scalars, tuples, sets and nested containers."""
    if depth > 100:
        raise ValueError("result nested too deeply")
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, float):
        return float(obj)
    if isinstance(obj, complex):
        return [obj.real, obj.imag]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v, depth + 1) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_jsonable(v, depth + 1) for v in obj]
    if hasattr(obj, "tolist"):  # numpy arrays and numpy scalars
        return to_jsonable(obj.tolist(), depth + 1)
    if hasattr(obj, "item"):
        return to_jsonable(obj.item(), depth + 1)
    raise TypeError(f"result of type {type(obj).__name__} is not JSON-convertible")


def one_line(exc):
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return f"{name}: {text}"[:500] if text else name


def main(argv):
    program, function, calls_path, out_path, max_bytes = argv[1:6]
    with open(calls_path, encoding="utf-8") as fh:
        calls = json.load(fh)
    result = {"values": [], "seconds": [], "error": None}
    try:
        spec = importlib.util.spec_from_file_location("candidate", program)
        module = importlib.util.module_from_spec(spec)
        sys.modules["candidate"] = module
        spec.loader.exec_module(module)
        fn = getattr(module, function, None)
        if not callable(fn):
            raise AttributeError(f"program defines no function {function}()")
    except MemoryError:
        result["error"] = "MemoryError"
    except BaseException as exc:  # noqa: BLE001 - SystemExit from a candidate is a failure too
        result["error"] = f"exception while importing program: {one_line(exc)}"
    else:
        for kwargs in calls:
            try:
                start = _clock()
                value = fn(**kwargs)
                elapsed = _clock() - start
                result["values"].append(to_jsonable(value))
                result["seconds"].append(elapsed)
            except MemoryError:
                result["error"] = "MemoryError"
            except BaseException as exc:  # noqa: BLE001
                result["error"] = f"exception in {function}(): {one_line(exc)}"
            if result["error"]:
                break
    text = json.dumps(result, allow_nan=True)
    if len(text) > int(max_bytes):
        text = json.dumps({"values": [], "seconds": [], "error": "output too large"})
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main(sys.argv)
