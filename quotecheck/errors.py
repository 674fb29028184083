"""Errors that end a command with a plain message instead of a traceback."""

from __future__ import annotations


class QuotecheckError(Exception):
    """An error the user can act on; ``exit_code`` is what main() returns."""

    exit_code = 3


class UsageError(QuotecheckError):
    """Bad options, bad configuration, or a named path that cannot be read."""

    exit_code = 2


class InputError(UsageError):
    """A path named on the command line does not exist or cannot be read."""
