"""Suppressing known findings: a baseline file, and inline comments in the source.

A baseline lets a newsroom adopt the check on an existing archive: findings it
records are not reported again, new ones are. Entries match by file and by the
finding's fingerprint (code, quoted words, speaker), never by line, so editing
another paragraph does not bring old findings back. Each entry is counted, so a
second unattributed copy of the same words is still reported.

Files are named relative to the baseline file's folder, symbolic links
resolved, so a file matches however it is named on the command line
(``a.txt``, ``./a.txt``, an absolute path, from another folder). Baselines
written before this rule (no ``paths`` key) name files relative to the
folder the check runs in, and are still read that way.

Inline suppression is for one quote: ``<!-- quotecheck: ignore QC201 -->`` on
the line before it in a Markdown or HTML source (several codes, comma or space
separated; no code ignores every code).
"""

from __future__ import annotations

import html
import json
import os
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Sequence

import regex

from .errors import UsageError
from .models import Finding
from .rules import expand_codes

BASELINE_VERSION = 1
#: The ``paths`` value of a baseline whose paths are relative to its own folder.
PATHS_FROM_BASELINE = "relative to this file"
#: Sources whose comments are read for inline suppressions.
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
_IGNORE = regex.compile(r"(?i)<!--\s*quotecheck:\s*ignore\b(?P<codes>.*?)-->", regex.DOTALL)
_TAG = regex.compile(r"<[^<>]*>")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


# --- baseline file ----------------------------------------------------------------


def baseline_path(path: str, root: Optional[str] = None) -> str:
    """A finding's path as a baseline records it: relative to ``root`` (default the current folder), with ``/``.

    Relative, so a baseline written in CI matches on a laptop checkout; the
    file part has its symbolic links resolved, so a link to the folder or a
    path typed another way names the same file. ``corpus.jsonl#id`` keeps
    its ``#id``; ``<stdin>`` is kept as it is.
    """
    if path.startswith("<"):
        return path
    file, anchor = _split_anchor(path)
    real = os.path.realpath(file)
    try:
        relative = os.path.relpath(real, os.path.realpath(root or os.curdir))
    except ValueError:  # another drive (Windows): only an absolute path names it
        relative = real
    return relative.replace(os.sep, "/") + anchor


def _split_anchor(path: str) -> tuple[str, str]:
    """(file, ``#id`` or "") of a finding's path: corpus lines are ``corpus.jsonl#id``."""
    at = path.lower().find(".jsonl#")
    return (path, "") if at < 0 else (path[:at + 6], path[at + 6:])


def _canonical(path: str, root: Optional[str] = None) -> str:
    """The absolute, link-free name of a path relative to ``root``: what two names of one file share."""
    if path.startswith("<"):
        return path
    file, anchor = _split_anchor(path)
    if root is not None and not os.path.isabs(file):
        file = os.path.join(root, file.replace("/", os.sep))
    return os.path.realpath(file) + anchor


def _folder_of(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def write_baseline(path: str, findings: Sequence[Finding]) -> None:
    """Record ``findings`` in a JSON baseline file, sorted so it diffs well.

    Paths are relative to the baseline's folder, which the file says in its
    ``paths`` key.
    """
    root = _folder_of(path)
    entries = sorted(({"path": baseline_path(f.path, root), "code": f.code, "fingerprint": f.fingerprint,
                       "message": f.message} for f in findings),
                     key=lambda e: (e["path"], e["code"], e["fingerprint"], e["message"]))
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            json.dump({"version": BASELINE_VERSION, "paths": PATHS_FROM_BASELINE, "findings": entries}, handle,
                      ensure_ascii=False, indent=1)
            handle.write("\n")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None


def read_baseline(path: str) -> Counter:
    """(absolute path, fingerprint) -> how many findings of it the baseline accepts.

    Paths are made absolute as the file was written: from its own folder, or
    from the current folder for a baseline without the ``paths`` key.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a quotecheck baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise UsageError(f"{path}: not a quotecheck baseline (expected version {BASELINE_VERSION})")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("fingerprint"), str)
            for e in entries):
        raise UsageError(f"{path}: not a quotecheck baseline (each finding needs a path and a fingerprint)")
    paths = data.get("paths")
    if paths not in (None, PATHS_FROM_BASELINE):
        raise UsageError(f"{path}: not a quotecheck baseline (\"paths\" must be \"{PATHS_FROM_BASELINE}\")")
    root = _folder_of(path) if paths == PATHS_FROM_BASELINE else os.path.abspath(os.curdir)
    return Counter((_canonical(e["path"], root), e["fingerprint"]) for e in entries)


def apply_baseline(findings: Iterable[Finding], accepted: Counter) -> tuple[list[Finding], int]:
    """Findings the baseline does not account for, and how many it suppressed.

    Both sides are compared by absolute, link-free path (a relative one counts
    from the current folder).
    """
    left = Counter()
    for (path, print_), count in accepted.items():
        left[_canonical(path), print_] += count
    kept, suppressed = [], 0
    for finding in findings:
        key = (_canonical(finding.path), finding.fingerprint)
        if left[key] > 0:
            left[key] -= 1
            suppressed += 1
        else:
            kept.append(finding)
    return kept, suppressed


# --- inline comments --------------------------------------------------------------


def _codes(text: str, where: str) -> Optional[frozenset]:
    """Codes named in one comment; None means every code."""
    items = [item for item in regex.split(r"[\s,]+", text.strip()) if item]
    if not items:
        return None
    try:
        return expand_codes(items)
    except ValueError as exc:
        raise UsageError(f"{where}: {exc} in a quotecheck: ignore comment") from None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def markdown_ignores(text: str, where: str) -> dict:
    """Line number -> codes ignored there: the first non-blank line after each comment."""
    lines = text.split("\n")
    table: dict = {}
    for match in _IGNORE.finditer(text):
        line = _line_of(text, match.end())
        after = lines[line - 1][match.end() - (text.rfind("\n", 0, match.end()) + 1):]
        target = line if after.strip() else next(
            (n for n in range(line + 1, len(lines) + 1) if lines[n - 1].strip()), None)
        if target is not None:
            table[target] = _merge(table.get(target, frozenset()), _codes(match.group("codes"), where))
    return table


def html_ignores(source: str, where: str) -> list:
    """(words of the text after each comment, codes): HTML lines are not the text's lines.

    The text of an HTML article is extracted from its markup, so a comment is
    tied to the visible words of the first source line with text after it.
    """
    found = []
    for match in _IGNORE.finditer(source):
        rest = source[match.end():]
        for line in rest.split("\n"):
            visible = " ".join(_WORD.findall(html.unescape(_TAG.sub(" ", line)).casefold()))
            if visible:
                found.append((f" {visible} ", _codes(match.group("codes"), where)))
                break
    return found


def _merge(old, new):
    """None (every code) absorbs any set of codes."""
    return None if old is None or new is None else old | new


def _covers(codes, code: str) -> bool:
    return codes is None or code in codes


class InlineIgnores:
    """Decides whether a finding is silenced by a comment in its source file."""

    def __init__(self, read_source=None):
        self._cache: dict = {}
        self._read = read_source or (lambda path: Path(path).read_text(encoding="utf-8", errors="replace"))

    def ignored(self, finding: Finding, article, quote_text: Optional[str]) -> bool:
        """True when the line before the finding's quote carries an ignore comment for its code."""
        path = article.path
        lower = path.lower()
        if lower.endswith(MARKDOWN_SUFFIXES):
            table = self._table(path, lambda: markdown_ignores(article.text, path))
            return finding.line in table and _covers(table[finding.line], finding.code)
        if lower.endswith(HTML_SUFFIXES) and quote_text:
            entries = self._table(path, lambda: html_ignores(self._source(path), path))
            needle = " " + " ".join(_WORD.findall(quote_text.casefold())) + " "
            return any(needle in visible and _covers(codes, finding.code) for visible, codes in entries)
        return False

    def _table(self, path, build):
        if path not in self._cache:
            self._cache[path] = build()
        return self._cache[path]

    def _source(self, path: str) -> str:
        try:
            return self._read(path)
        except OSError:
            return ""
