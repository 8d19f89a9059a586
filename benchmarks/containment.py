"""Time to contain every attack of tests/adversarial, and what the sandbox costs a benign candidate.

Runs each attack through its real task evaluator (as the suite does, same short timeouts), records the
wall time from `evaluate()` to its return and the one-line reason, and measures in the same run:
- sandbox start-up: `run_python` on a trivial function vs. a plain `python -c` subprocess (ratio);
- the per-call transfer cost of parent-side timing (an AlgoTune instance sent, echoed, timed).
Writes JSON (--out) and rewrites the table between the markers in docs/RELIABILITY.md (--doc).

Run: python benchmarks/containment.py   (about 2 minutes on 2 cores)
"""
from __future__ import annotations

import argparse
import importlib
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "adversarial"))
sys.path.insert(0, str(REPO / "tests"))
from contain import LANDLOCK_ABI, Attack, run_attack  # noqa: E402

from eft.sandbox import SandboxLimits, run_python  # noqa: E402

BEGIN, END = "<!-- containment:begin -->", "<!-- containment:end -->"


def attacks() -> list[Attack]:
    found = []
    for path in sorted((REPO / "tests" / "adversarial").glob("test_*.py")):
        attack = getattr(importlib.import_module(path.stem), "ATTACK", None)
        if attack is not None and not (attack.name == "kill_everything" and LANDLOCK_ABI < 6):
            found.append(attack)
    return found


def startup_overhead(root: Path, repeats: int = 10) -> dict:
    program = root / "trivial.py"
    program.write_text("def run():\n    return 1\n")
    plain, boxed = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import runpy; runpy.run_path('%s')['run']()" % program], check=True)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert run_python(program, "run", [{}], SandboxLimits()).ok
        boxed.append(time.perf_counter() - start)
    return {"plain_s": statistics.median(plain), "sandboxed_s": statistics.median(boxed),
            "ratio": statistics.median(boxed) / statistics.median(plain)}


def call_overhead(root: Path, calls: int = 200) -> dict:
    """Median parent-timed seconds of a call that only returns its (degree-20 polynomial) input."""
    program = root / "echo.py"
    program.write_text("def solve(problem):\n    return problem['coefficients']\n")
    problem = {"problem": {"coefficients": np.poly(np.linspace(-1, 1, 20))}}
    result = run_python(program, "solve", [problem] * calls, SandboxLimits())
    assert result.ok, result.error
    return {"median_call_s": statistics.median(result.call_seconds), "calls": calls}


def table(rows: list[dict]) -> str:
    lines = ["| attack | task | contained by | reason reported | limit (s) | time to contain (s) |",
             "|---|---|---|---|---|---|"]
    for row in rows:
        reason = row["reason"].replace("|", "\\|")
        reason = reason if len(reason) <= 90 else reason[:87] + "..."
        lines.append(f"| {row['name']} | {row['task']} | {row['contained_by']} | `{reason}` | "
                     f"{row['limit_s']:g} | {row['seconds']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "results/benchmarks/containment.json"))
    parser.add_argument("--doc", default=str(REPO / "docs/RELIABILITY.md"))
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as listener:
        root = Path(tmp)
        listener.bind(("127.0.0.1", 0))  # the loopback attack's target
        listener.listen()
        for attack in attacks():
            outcome = run_attack(attack, root / attack.name, PORT=str(listener.getsockname()[1]))
            rows.append({"name": attack.name, "task": attack.task, "contained_by": attack.contained_by,
                         "limit_s": attack.limit_s, "seconds": outcome.seconds,
                         "reason": outcome.metrics.get("error", f"score {outcome.metrics.get('combined_score')}")})
            print(f"{attack.name:28s} {outcome.seconds:6.2f}s  {rows[-1]['reason'][:80]}")
        startup = startup_overhead(root)
        per_call = call_overhead(root)
    worst = max(rows, key=lambda r: r["seconds"] - r["limit_s"])
    summary = {"attacks": len(rows), "landlock_abi": LANDLOCK_ABI, "startup": startup, "per_call": per_call,
               "worst_over_limit": {"name": worst["name"], "over_s": worst["seconds"] - worst["limit_s"]},
               "rows": rows}
    print(json.dumps({k: v for k, v in summary.items() if k != "rows"}, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=1))
    doc = Path(args.doc)
    text = doc.read_text()
    head, rest = text.split(BEGIN, 1)
    body = (f"{len(rows)} attacks, Landlock ABI {LANDLOCK_ABI}; worst time past its limit: {worst['name']} "
            f"({worst['seconds'] - worst['limit_s']:+.2f} s).\n"
            f"Sandbox start-up {startup['sandboxed_s'] * 1e3:.0f} ms vs {startup['plain_s'] * 1e3:.0f} ms for a "
            f"plain `python -c` ({startup['ratio']:.2f}x); parent-timed call transfer cost "
            f"{per_call['median_call_s'] * 1e6:.0f} µs (median of {per_call['calls']}).\n\n{table(rows)}\n")
    doc.write_text(head + BEGIN + "\n" + body + END + rest.split(END, 1)[1])


if __name__ == "__main__":
    main()
