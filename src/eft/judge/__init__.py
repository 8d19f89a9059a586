"""eft.judge: the library task evaluators (and their data.py files) import; nothing here knows the framework.

Evaluator contract (a task folder's `evaluator.py`)::

    def evaluate(program_path: str, task: eft.judge.Task) -> dict

- `program_path` is the candidate file (untrusted: run it only through `eft.sandbox`, e.g. via the helpers
  below). `task` is built once per process by the framework from the task's task.yaml: `task.id`,
  `task.dir` (the materialized task folder), `task.data_dir` (`task.dir/data`, what data.py generated) and
  `task.limits` (`TaskLimits`: call_s, mem_mb, compile_s, case_s, evaluation_s). An evaluator reads its
  limits and files from `task` only, never from task.yaml or from its own `__file__`.
- It returns `{"combined_score": float, <metric>: float, ...}`; higher combined_score is better. A candidate
  that fails or returns anything invalid gets `{"combined_score": 0.0, "error": "<one line>"}` (`failure`).
  An exception escaping `evaluate` is treated as a bug of the evaluator, not of the candidate.

Helpers:
- `candidate_output(task, program_path, function="run", kwargs=None)`: the JSON value the candidate's
  function returned (called twice, must agree), sandboxed under call_s/mem_mb; raises `CandidateError`.
- `CandidateError`, `failure(message)`, `guarded(fn)` (CandidateError -> failure result),
  `as_array(value, name, shape, max_size)`, `nonnegative_steps(value, name, max_size)`: checked conversions.
- `compile_and_run(task, source_path, inputs) -> CppRun`: g++ under compile_s, one sandboxed process per
  stdin input under case_s/mem_mb, stopping at the first failure.
- `evaluate_cases(task, program_path, cases, render, check, ...)`, `case_score`, `read_ints`,
  `read_counted_ints`, `require_distinct`, `ascii_tokens`, `CheckError`: the Frontier-CS partial-score rule (per case 0–100
  between a baseline and a reference answer) and strict integer parsing for C++ checkers.
- `evaluate_algotune(program_path, task, rtol, atol, check=None)` (reference and candidate timed in paired
  calls, by CPU time where a cgroup allows), `save_instances(out_dir, groups, warmup)` / `load_instances`: AlgoTune-style
  speedup tasks. `evaluate_symreg(program_path, task, inputs, target)`, `write_dataset`,
  `write_law_dataset`, `sample_region_rows`, `trajectory`: LLM-SR-style symbolic regression tasks.
"""
from eft.judge.algotune import evaluate_algotune, load_instances, save_instances
from eft.judge.cpp import CppRun, compile_and_run
from eft.judge.partial_score import (
    CheckError,
    ascii_tokens,
    case_score,
    evaluate_cases,
    read_counted_ints,
    read_ints,
    require_distinct,
)
from eft.judge.scoring import (
    CandidateError,
    as_array,
    candidate_output,
    failure,
    guarded,
    nonnegative_steps,
)
from eft.judge.symreg import (
    evaluate_symreg,
    sample_region_rows,
    trajectory,
    write_dataset,
    write_law_dataset,
)
from eft.judge.task import Task, TaskLimits

__all__ = [
    "CandidateError", "CheckError", "CppRun", "Task", "TaskLimits", "as_array", "ascii_tokens", "candidate_output",
    "case_score",
    "compile_and_run", "evaluate_algotune", "evaluate_cases", "evaluate_symreg", "failure", "guarded",
    "load_instances", "nonnegative_steps", "read_counted_ints", "read_ints", "require_distinct",
    "sample_region_rows", "save_instances", "trajectory", "write_dataset", "write_law_dataset",
]
