"""``quotecheck compare``: not available yet."""

from ..errors import UsageError
from . import common

HELP = "(not available yet)"


def add_arguments(parser) -> None:
    common.add_paths(parser, default=[])


def run(args) -> int:
    raise UsageError("'compare' is not available yet")
