"""Command line: ``quotecheck SUBCOMMAND ...``; ``main(argv) -> int``.

Each subcommand lives in ``quotecheck/commands/<name>.py`` and exposes
``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``. This
module only builds the parser, applies configuration defaults and maps errors
to exit codes, so no ``sys.exit`` happens anywhere deeper.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from enum import IntEnum
from typing import Optional, Sequence

from . import __version__
from .errors import QuotecheckError, UsageError


class Exit(IntEnum):
    """Exit statuses, the same for every subcommand (flake8 and Vale use these)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3


#: Subcommand name -> module under quotecheck.commands, in the order of --help.
COMMANDS = ("extract", "compare", "report", "check", "eval")


def _load(name: str):
    """Import a subcommand module lazily, so ``extract`` never pays for openpyxl."""
    return importlib.import_module(f"quotecheck.commands.{name}")


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() owns the exit code."""

    def error(self, message):  # noqa: D102 - argparse API
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The full parser; each subcommand adds its own options."""
    parser = _Parser(
        prog="quotecheck",
        description="Extract, attribute and compare quotes in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = _load(name)
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run quotecheck with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if getattr(args, "_module", None) is None:
            parser.print_help(sys.stderr)
            return Exit.USAGE
        _apply_config(parser, args, argv)
        return int(args._module.run(args))
    except UsageError as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return Exit.USAGE
    except QuotecheckError as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("quotecheck: interrupted", file=sys.stderr)
        return Exit.INTERNAL
    except BrokenPipeError:
        return Exit.OK
    except Exception as exc:  # noqa: BLE001 - the one place an unforeseen failure becomes exit 3
        print(f"quotecheck: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("QUOTECHECK_TRACEBACK"):
            traceback.print_exc()
        return Exit.INTERNAL


def _apply_config(parser, args, argv) -> None:
    """Let the ``[quotecheck]`` section of setup.cfg fill options not given."""
    try:
        from . import config
    except ImportError:  # configuration support is optional at this stage
        return
    config.apply(parser, args, argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
