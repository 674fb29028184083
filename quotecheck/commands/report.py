"""``quotecheck report [PATH...] [-o FILE]``: the fact-checker's workbook."""

from __future__ import annotations

from ..compare import group_quotes
from ..report import write_report
from . import common

HELP = "write the Excel workbook a fact-checker reviews (default: seeds/ -> reports/quotecheck.xlsx)"
DEFAULT_OUTPUT = "reports/quotecheck.xlsx"


def add_arguments(parser) -> None:
    common.add_paths(parser, default=[])
    parser.add_argument("-o", "--output", metavar="FILE", default=DEFAULT_OUTPUT,
                        help=f"workbook to write (default: {DEFAULT_OUTPUT}); verdicts in it are carried over")
    parser.add_argument("--force", action="store_true",
                        help="replace FILE even if it is not a quotecheck report or is open in another program")
    common.add_run_options(parser)


def run(args) -> int:
    """Read, compare, write; print where the workbook went and what is in it."""
    results = list(common.iter_results(args))
    groups = group_quotes(q for r in results for q in r.quotes)
    summary = write_report(args.output, results, groups, force=args.force)
    print(f"wrote {summary.path}: {summary.line()}")
    return 0
