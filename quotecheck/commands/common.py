"""Options and helpers several subcommands share, defined once."""

from __future__ import annotations

import sys
from typing import Iterator

from ..api import ArticleResult, process_article
from ..articles import read_articles
from ..errors import InputError, UsageError

DEFAULT_PATHS = ["seeds"]


def add_paths(parser, default=None) -> None:
    """Positional PATHs: files, folders (recursively) or ``-`` for standard input."""
    nargs = "*" if default is not None else "+"
    parser.add_argument("paths", nargs=nargs, metavar="PATH", default=default,
                        help="article files, folders (read recursively), .jsonl corpora, or - for stdin")


def add_format(parser, choices, default) -> None:
    """--format NAME from a small table of output formats."""
    parser.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def add_output(parser) -> None:
    """-o FILE: write to a file instead of standard output."""
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def add_run_options(parser) -> None:
    """--jobs and --quiet, for every command that reads many articles."""
    # Default 0: benchmarks/bench_extract.py measured --jobs 2 faster than 1 on 2 cores,
    # and an input under 2 MB of text never starts a pool (parallel.POOL_MIN_CHARS).
    parser.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="worker processes (0: one per core, the default; inputs under 2 MB use one)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or warnings")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes, or a Dask cluster (the dask extra; default local)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: the scheduler of an existing cluster (default: a local one)")


def warn_for(args):
    """The warning sink for this run: stderr, or nothing with --quiet."""
    if getattr(args, "quiet", False):
        return lambda message: None
    return lambda message: print(f"quotecheck: {message}", file=sys.stderr)


def iter_results(args) -> Iterator[ArticleResult]:
    """Read and process every article named by ``args.paths``, in input order."""
    from ..parallel import process_articles, resolve_jobs, with_progress

    try:
        jobs = resolve_jobs(getattr(args, "jobs", 1))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    warn = warn_for(args)
    paths = args.paths or DEFAULT_PATHS
    if getattr(args, "engine", "local") == "dask":
        from ..engine_dask import iter_results as dask_results

        # A local cluster has one worker per core unless --jobs asks for more than one.
        results = dask_results(paths, warn, getattr(args, "scheduler", None), jobs if jobs > 1 else None)
    elif getattr(args, "scheduler", None):
        raise UsageError("--scheduler needs --engine dask")
    else:
        results = process_articles(read_articles(paths, warn), jobs)
    yield from _require_some(with_progress(results, quiet=getattr(args, "quiet", False)), paths)


def _require_some(results: Iterator[ArticleResult], paths) -> Iterator[ArticleResult]:
    """Pass results through; a run where nothing could be read ends with exit 2.

    Each file skipped was already named on stderr; a run with no article at
    all must not pass for a clean one in CI.
    """
    count = 0
    for result in results:
        count += 1
        yield result
    if not count:
        raise InputError(f"nothing could be read from {', '.join(paths)}")


def open_output(args):
    """The stream to write to: ``-o FILE`` (UTF-8) or standard output."""
    path = getattr(args, "output", None)
    if path and path != "-":
        try:
            return open(path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return sys.stdout
