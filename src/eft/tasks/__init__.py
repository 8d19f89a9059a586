"""The task suite: registry of `tasks/*`, folder validation, materialization, manifest and CLI."""
