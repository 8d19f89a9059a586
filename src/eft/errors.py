"""The one exception family the CLI turns into a one-line message instead of a traceback."""


class EftError(Exception):
    """A user-facing failure (bad input, bad config, missing file); str() is one line."""


class TaskFailed(EftError):
    """A broken task (a missing evaluator.py or initial program, an evaluator failing on the initial program):
    the workflow's searches record it as their result, status "failed: <reason>", so the other runs go on."""


def one_line(text: object, limit: int = 300) -> str:
    """`text` (e.g. an exception message) with its whitespace collapsed, cut to `limit` characters."""
    return " ".join(str(text).split())[:limit]


def first_line(text: object) -> str:
    """The first line of `text` (e.g. a multi-line library error), or its type's name when it is empty."""
    lines = str(text).strip().splitlines()
    return lines[0] if lines else type(text).__name__
