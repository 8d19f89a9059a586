"""The task framework: registry of `tasks/*` (TaskSpec), folder validation, materialization, manifest and CLI.

It builds the `eft.judge.Task` each evaluator receives; evaluators themselves import only `eft.judge`.
"""
