"""``quotecheck check PATH...``: findings one per line, like flake8, codespell or Vale.

Exit status: 0 when no finding reaches ``--fail-on`` (default: error), 1 when
one does, 2 for a usage error or a named path that cannot be read, 3 for an
internal error. Findings are sorted by path and position, so a CI log diffs
well from run to run.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from .. import baseline as _baseline
from .. import checks, formats, positions
from ..articles import decode
from ..errors import InputError
from ..rules import BY_CODE, GROUP_CODES, SEVERITIES, expand_codes, severity_rank
from . import common

HELP = "report unattributed quotes and other findings like a linter, for CI"
STEP_SUMMARY = "GITHUB_STEP_SUMMARY"
#: Bytes of a named file read to tell text from binary before the run starts.
SNIFF_BYTES = 65536


def code_list(value: str) -> frozenset:
    """``QC201,QC3`` -> the codes it names; a prefix names a family."""
    try:
        return expand_codes(value.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}; known codes: {', '.join(BY_CODE)}") from None


def add_arguments(parser) -> None:
    common.add_paths(parser, default=[])
    common.add_format(parser, tuple(formats.FORMATS), "text")
    common.add_output(parser)
    common.add_run_options(parser)
    parser.add_argument("--select", type=code_list, metavar="CODES",
                        help="only these codes or code prefixes, comma separated (default: all)")
    parser.add_argument("--ignore", type=code_list, default=frozenset(), metavar="CODES",
                        help="leave out these codes or code prefixes, comma separated")
    parser.add_argument("--fail-on", choices=SEVERITIES, default="error",
                        help="lowest severity that makes the exit status 1 (default: error)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--baseline", metavar="FILE", help="do not report the findings recorded in FILE")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="record every current finding in FILE and exit 0")


def run(args) -> int:
    """Check, report, and turn the worst finding into the exit status.

    An unforeseen failure becomes exit 3 in cli.main, as for every command.
    """
    return _check(args)


def _check(args) -> int:
    ensure_readable(args.paths)
    accepted = _baseline.read_baseline(args.baseline) if args.baseline else None
    findings = collect(args, selected_codes(args))
    if args.write_baseline:
        _baseline.write_baseline(args.write_baseline, findings)
        common.warn_for(args)(f"wrote {_count(findings)} to {args.write_baseline}")
        return 0
    if accepted is not None:
        findings, suppressed = _baseline.apply_baseline(findings, accepted)
        if suppressed:
            common.warn_for(args)(f"{_count(range(suppressed))} suppressed by {args.baseline}")
    findings.sort(key=sort_key)
    _write(args, findings)
    write_step_summary(findings, common.warn_for(args))
    return exit_status(findings, args.fail_on, args.exit_zero)


def _count(items) -> str:
    n = len(items)
    return f"{n} finding{'' if n == 1 else 's'}"


def ensure_readable(paths) -> None:
    """A named file or folder that cannot be read as text is a usage error, not an empty run.

    Files found inside a named folder are only warned about, as elsewhere.
    """
    for path in paths:
        if path == "-" or not os.path.lexists(path):
            continue  # read_articles names a missing path itself
        if os.path.isdir(path):
            if not os.access(path, os.R_OK | os.X_OK):
                raise InputError(f"{path}: cannot read folder: permission denied")
            continue
        try:
            with open(path, "rb") as handle:
                head = handle.read(SNIFF_BYTES)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if decode(head, path, lambda message: None) is None:
            raise InputError(f"{path}: cannot read: not text (binary data or an unknown encoding)")


def selected_codes(args) -> frozenset:
    """--select (default every code) less --ignore."""
    chosen = args.select if args.select is not None else frozenset(BY_CODE)
    return frozenset(chosen - (args.ignore or frozenset()))


def collect(args, codes) -> list:
    """Every finding of the selected codes not silenced by an inline comment.

    Articles are let go once checked unless a QC3xx rule needs them all, so
    ``--select QC1,QC2`` over a large corpus keeps only its findings in memory.
    """
    together = bool(codes & GROUP_CODES)
    kept, found = [], []
    for result in common.iter_results(args):
        found.extend(_located(checks.article_findings(result, codes), [result]))
        if together:
            kept.append(result)
    if len(kept) > 1:
        from ..compare import group_quotes

        groups = group_quotes(q for result in kept for q in result.quotes)
        found.extend(_located(checks.group_findings(groups, kept, codes), kept))
    return found


def _located(findings, results) -> list:
    """Findings placed in their source file and filtered by its inline comments."""
    return _without_inline(_html_positions(findings, results), results)


def _html_positions(findings, results) -> list:
    """Point findings on HTML articles at the page's own lines, where the words can be found."""
    pages = {checks.article_path(r.article): r for r in results if positions.is_html(r.article.path)}
    if not pages:
        return findings
    sources: dict = {}
    moved = []
    for finding in findings:
        result = pages.get(finding.path)
        target = _words_to_find(finding, result) if result is not None else None
        if target is not None:
            where = positions.find_in_source(_html_source(result.article.path, sources), *target)
            if where is not None:
                finding = dataclasses.replace(finding, line=where[0], column=where[1])
        moved.append(finding)
    return moved


def _words_to_find(finding, result):
    """(words, occurrence) that locate a finding in the page: its quote, or the words after a lone mark."""
    for quote in result.quotes:
        if quote.id == finding.quote_id:
            return quote.text, _occurrence(result, quote)
    text = result.article.text
    for mark in result.unbalanced:
        if finding.quote_id is None and (mark.line, mark.column) == (finding.line, finding.column):
            line_end = text.find("\n", mark.offset)
            after = text[mark.offset + len(mark.mark): len(text) if line_end < 0 else line_end]
            return (after, 1) if positions.lead_key(after) else None
    return None


def _occurrence(result, quote) -> int:
    """Which repeat of its first words this quote is in its article (1 for the first)."""
    key = positions.lead_key(quote.text)
    earlier = [q for q in result.quotes if q.start < quote.start and positions.lead_key(q.text) == key]
    return len(earlier) + 1


def _html_source(path: str, cache: dict) -> str:
    if path not in cache:
        try:
            cache[path] = decode(Path(path).read_bytes(), path, lambda message: None) or ""
        except OSError:
            cache[path] = ""
    return cache[path]


def _without_inline(findings, results) -> list:
    """Drop findings whose quote an ``<!-- quotecheck: ignore -->`` comment covers."""
    by_path = {checks.article_path(r.article): r for r in results}
    texts = {q.id: q.text for r in results for q in r.quotes}
    inline = _baseline.InlineIgnores()
    kept = []
    for finding in findings:
        result = by_path.get(finding.path)
        if result is None or not inline.ignored(finding, result.article, texts.get(finding.quote_id)):
            kept.append(finding)
    return kept


def sort_key(finding) -> tuple:
    return (finding.path, finding.line, finding.column, finding.code, finding.message)


def _write(args, findings) -> None:
    out = common.open_output(args)
    try:
        formats.FORMATS[args.format](findings, out)
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()


def write_step_summary(findings, warn) -> None:
    """Append every finding to the GitHub step summary: annotations stop at ten per level."""
    path = os.environ.get(STEP_SUMMARY)
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(formats.summary_markdown(findings))
    except OSError as exc:
        warn(f"{path}: cannot write the step summary: {exc.strerror or exc}")


def exit_status(findings, fail_on: str, exit_zero: bool) -> int:
    """1 when a finding is at least as severe as ``fail_on``, else 0 (always 0 with --exit-zero)."""
    if exit_zero:
        return 0
    bar = severity_rank(fail_on)
    return 1 if any(severity_rank(f.severity) >= bar for f in findings) else 0
