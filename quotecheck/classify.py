"""The kind of a quoted span: quote, fragment, headline or term.

- ``headline``: the span is a whole line on its own (decorative dashes aside)
  and reads as a heading, not a sentence: no final . ! ? and at most 12 words.
  Example: ``– ‘Pessimistic forecast’ –``.
- ``quote``: a clause or sentences: the span opens a sentence (at a paragraph
  start, after a colon or a sentence end), or has eight words or more.
  Example: ``“We need legal guarantees …,” Ryabkov said.``
- ``fragment``: a few words inside reported speech, credited to a speaker.
  Example: ``called the meeting "complex but businesslike"``.
- ``term``: a few words nobody is credited with saying: scare quotes, titles,
  nicknames. Example: ``regular “stability” talks``.

Fragment and term differ only in whether attribution finds a speaker, so the
first pass says ``fragment`` and ``final_kind`` settles it.
"""

from __future__ import annotations

import regex

from .models import Span

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")
_DECOR = " \t\r\u00a0-–—―•*#|>"
_DECOR_CHARS = frozenset(_DECOR)
_SENTENCE_END = ".!?…"
HEADLINE_MAX_WORDS = 12
QUOTE_MIN_WORDS = 8


def word_count(text: str) -> int:
    """Number of words, counting hyphenated and abbreviated words once."""
    return len(_WORD.findall(text))


def first_kind(text: str, span: Span) -> str:
    """Kind of a span from its shape and position alone (see module docs)."""
    words = text[span.start:span.end]
    if _alone_on_line(text, span) and _heading_like(words):
        return "headline"
    if _opens_sentence(text, span.open_at) or word_count(words) >= QUOTE_MIN_WORDS:
        return "quote"
    return "fragment"


def final_kind(kind: str, has_speaker: bool, modifier: bool = False) -> str:
    """A fragment nobody is credited with, or used as a modifier, is a term."""
    if kind == "fragment" and (not has_speaker or modifier):
        return "term"
    return kind


def _alone_on_line(text: str, span: Span) -> bool:
    """Is there nothing but decoration between the span's marks and its line's ends?

    Walks outward from the marks and stops at the first character that is
    not decoration, so a one-line paragraph of thousands of quotes is not
    copied and scanned once per quote (that was quadratic).
    """
    i = span.open_at - 1
    while i >= 0 and text[i] in _DECOR_CHARS:
        i -= 1
    if i >= 0 and text[i] != "\n":
        return False
    j, size = span.close_at, len(text)
    while j < size and text[j] in _DECOR_CHARS:
        j += 1
    return j == size or text[j] == "\n"


def _heading_like(words: str) -> bool:
    stripped = words.rstrip()
    return bool(stripped) and stripped[-1] not in _SENTENCE_END + ",;:" and word_count(stripped) <= HEADLINE_MAX_WORDS


def _opens_sentence(text: str, at: int) -> bool:
    """Is the opening mark the first thing of a paragraph or of a sentence?"""
    i = at - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in _SENTENCE_END + ":" or (text[i] in "”\"’'" and i > 0 and text[i - 1] in _SENTENCE_END)
