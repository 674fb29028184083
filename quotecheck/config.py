"""The ``[quotecheck]`` section of setup.cfg -> defaults of the command-line options.

Each option is defined once, in its subcommand; configuration only changes its
default, and the command line is parsed again on top, so an option given there
always wins (codespell's ``[codespell]`` and pycodestyle's ``read_config`` work
the same way). Keys are the long option names (``fail-on``; ``fail_on`` too).

``[quotecheck]`` applies to every subcommand that has the option;
``[quotecheck:check]`` (any command name) applies to that command only and wins
over ``[quotecheck]``, for options such as ``format`` whose choices differ by
command. The file is read with ``interpolation=None``: select patterns and
messages may contain ``%``.
"""

from __future__ import annotations

import argparse
import configparser
import os
import sys
from pathlib import Path
from typing import Optional

from .errors import UsageError

SECTION = "quotecheck"
FILE_NAME = "setup.cfg"
_TRUE_FALSE = configparser.RawConfigParser.BOOLEAN_STATES


def find_config(start: Optional[str] = None) -> Optional[Path]:
    """The nearest setup.cfg, from ``start`` (the current folder) up, with a quotecheck section."""
    folder = Path(start or os.getcwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / FILE_NAME
        if path.is_file() and _has_section(read_parser(path)):
            return path
    return None


def read_parser(path: Path) -> configparser.ConfigParser:
    """Parse one file; a file that is not INI is a usage error naming it."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read configuration: {_one_line(exc)}") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    return parser


def _has_section(parser: configparser.ConfigParser) -> bool:
    return any(name == SECTION or name.startswith(SECTION + ":") for name in parser.sections())


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def section_values(parser: configparser.ConfigParser, command: str) -> dict:
    """Key -> (raw value, section name): ``[quotecheck]`` then ``[quotecheck:COMMAND]`` over it."""
    values = {}
    for name in (SECTION, f"{SECTION}:{command}"):
        if parser.has_section(name):
            for key, raw in parser.items(name):
                values[key.replace("_", "-")] = (raw.strip(), name)
    return values


def long_options(subparser) -> dict:
    """``fail-on`` -> its argparse action, for every long option of one subcommand."""
    table = {}
    for action in subparser._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                table[flag[2:]] = action
    return table


def subparsers(parser) -> dict:
    """Command name -> its parser, from the main parser's subcommand action."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def convert(action, raw: str, where: str):
    """A configuration string -> the value the option would hold; UsageError names the key."""
    try:
        if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
            if raw.lower() not in _TRUE_FALSE:
                raise ValueError(f"expected true or false, got {raw!r}")
            on = _TRUE_FALSE[raw.lower()]
            return on if isinstance(action, argparse._StoreTrueAction) else not on
        if action.nargs == 0:
            raise ValueError("this option takes no value and cannot be configured")
        value = action.type(raw) if action.type else raw
    except (ValueError, TypeError, argparse.ArgumentTypeError) as exc:
        raise UsageError(f"{where}: {_one_line(exc)}") from None
    if action.choices is not None and value not in action.choices:
        choices = ", ".join(map(str, action.choices))
        raise UsageError(f"{where}: {raw!r} is not one of {choices}")
    return value


def apply(parser, args, argv) -> None:
    """Fill the options ``argv`` left out from the nearest configuration, in place.

    Unknown keys get a warning naming them (a typo must not pass silently);
    a key another subcommand knows is left for that subcommand.
    """
    path = find_config()
    if path is None:
        return
    commands = subparsers(parser)
    command = args.command
    mine = long_options(commands[command])
    known = set().union(*(long_options(p) for p in commands.values()))
    defaults = {}
    for key, (raw, section) in section_values(read_parser(path), command).items():
        where = f"{path}: [{section}] {key}"
        if key in mine:
            defaults[mine[key].dest] = convert(mine[key], raw, where)
        elif key not in known:
            _warn(args, f"{path}: [{section}] unknown key {key!r} ignored")
        elif section != SECTION:
            _warn(args, f"{path}: [{section}] {key!r} is not an option of '{command}'; ignored")
    if defaults:
        commands[command].set_defaults(**defaults)
        vars(args).update(vars(parser.parse_args(argv)))


def _warn(args, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(f"quotecheck: warning: {message}", file=sys.stderr)
