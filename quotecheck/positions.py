"""Positions in an HTML page for quotes found in the text extracted from it.

An HTML article is checked on its visible text, whose lines are not the
page's lines; an annotation on a pull request must point into the file as
committed. The quote's first words are looked up in the markup, letting tags,
entities and line breaks stand between words.
"""

from __future__ import annotations

from typing import Optional

import regex

HTML_SUFFIXES = (".html", ".htm")
#: Words of a quote used to find it: enough to be unique in a page, few enough
#: that an entity inside a word (don&rsquo;t) is unlikely to be among them.
LEAD_WORDS = 5
_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: What may stand between two words in markup.
_BETWEEN = r"(?:[^\p{L}\p{N}<&]|<[^<>]*>|&#?\w+;)+"
_MARK_BEFORE = regex.compile(r"""(?:["“”„«»‘’'`]|&(?:[lr]dquo|[lr]squo|bdquo|laquo|raquo|quot|#\d+|#x[0-9a-fA-F]+);)$""")


def is_html(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def find_in_source(source: str, quote_text: str, occurrence: int = 1) -> Optional[tuple[int, int]]:
    """1-based (line, column) of the ``occurrence``-th place the quote starts in ``source``.

    Points at the opening mark when one (or its entity) stands just before the
    first word; None when the words cannot be found.
    """
    lead = _WORD.findall(quote_text)[:LEAD_WORDS]
    if not lead:
        return None
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + _BETWEEN.join(regex.escape(w) for w in lead), regex.IGNORECASE)
    matches = list(pattern.finditer(source))
    if len(matches) < occurrence:
        return None
    start = matches[occurrence - 1].start()
    mark = _MARK_BEFORE.search(source, max(0, start - 12), start)
    if mark is not None:
        start = mark.start()
    line_start = source.rfind("\n", 0, start) + 1
    return source.count("\n", 0, start) + 1, start - line_start + 1


def lead_key(quote_text: str) -> tuple:
    """The words ``find_in_source`` looks for, to count repeats of a quote's start."""
    return tuple(w.casefold() for w in _WORD.findall(quote_text)[:LEAD_WORDS])
