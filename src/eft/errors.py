"""The one exception family the CLI turns into a one-line message instead of a traceback."""


class EftError(Exception):
    """A user-facing failure (bad input, bad config, missing file); str() is one line."""
