"""Article text -> quoted spans, in every convention news uses.

Marks understood: straight ``"``, curly “ ”, single ‘ ’ and ``'`` (British
style, and nested), guillemets « », German „ “, and the New York Times' doubled
apostrophes ''…''. Apostrophes (Russia’s, don’t, ’90s, rock ’n’ roll, the
allies’ plans) are told apart from closing single quotes by their neighbours.

A quote running over several paragraphs (an opening mark on each paragraph, a
closing mark only at the end) is one span. A mark with no partner is recorded
as Unbalanced and the rest of the article is still read; a straight mark left
open at its paragraph's end, with a curly quote closed inside it, ends where
that curly quote closed (the writer mixed marks), and a paragraph opening
with a curly mark does not continue it. Markup tags and
metadata lines are masked before marks are looked for, so offsets stay true.

Quotes nest at most MAX_NESTING levels deep: a mark opening a deeper quote
is still paired with its partner, but makes no span of its own; its words
stay part of the enclosing quote's text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

import regex

from .models import Span, Unbalanced

#: Families of marks: a closing mark only closes an opening mark of its family.
DOUBLE, SINGLE, GUILLEMET, ANGLE = "double", "single", "guillemet", "angle"

#: ``'.'`` is how some archives mangle the NYT's closing ``.''``; see _apply.
#: Of three straight marks after a word (``'''College Bowl,''' he replied``),
#: the first closes the single quote inside and the other two the double one (the
#: look-behind comes after the mark, so the scan still skips ahead to marks).
_MARKS = regex.compile(r"'\.'(?!\w)|'(?<=[^\s']')(?=''(?!'))|''|``|[\"“”„‟«»‹›‘’'‚`]")
#: A markup tag; attribute values may hold quote marks and even line breaks.
_TAG = regex.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_SINGLE_MARKS = frozenset(("’", "'", "‘", "‚", "`"))
_OPENERS_BEFORE = set("([{/–—-:") | {""}
_CLOSE_AFTER = set(".,;:!?)]}–—-…/") | {""}
_SENTENCE_END = ".!?…"
#: Invisible format characters (bidirectional embeddings and marks, zero
#: widths, a stray BOM): they do not decide whether a mark opens or closes.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
#: A height in feet and inches ending right before a double mark: 6'3", 5’2”.
_INCHES = regex.compile(r"(?<![\d.])\d['’]\d{1,2}$")
_INCH_MARKS = frozenset(("\"", "”"))
#: Quotes are never allowed to span this many paragraphs (runaway guard).
MAX_PARAGRAPHS = 40
#: Quotes open at once that make spans: a quote, and up to three levels of
#: quotes inside it. News nests two or three; a file of marks nested 20,000
#: deep made one record per level, each repeating the words inside it
#: (output quadratic in the depth: 7.9 GB for 200 kB).
MAX_NESTING = 4


def mask(text: str, spans: Iterable[tuple[int, int]] = ()) -> str:
    """Blank out markup tags and the given spans, keeping every offset in place."""
    def blank(match):
        return " " * len(match.group())

    masked = _TAG.sub(blank, text) if "<" in text else text
    # Joined once, not sliced per span: an article of 100,000 metadata lines
    # made the per-span copy quadratic (12 s for 500 kB).
    parts, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        if end > start:
            parts += [masked[last:start], " " * (end - start)]
            last = end
    return "".join(parts) + masked[last:] if parts else masked


def find_spans(text: str, skip: Iterable[tuple[int, int]] = ()) -> tuple[list[Span], list[Unbalanced]]:
    """Every quoted span of ``text``, and every mark left without a partner.

    Spans come sorted by opening offset; nested quotes are spans of their
    own, down to MAX_NESTING levels.
    """
    masked = mask(text, skip)
    scanner = _Scanner(text, masked)
    scanner.run()
    spans = sorted(scanner.spans, key=lambda s: (s.open_at, -s.close_at))
    return spans, sorted(scanner.unbalanced, key=lambda u: u.offset)


class _Open:
    """An opening mark waiting for its partner."""

    __slots__ = ("family", "mark", "at", "after", "deep", "inner_close")

    def __init__(self, family, mark, at, after, deep=False):
        self.family, self.mark, self.at, self.after = family, mark, at, after
        #: Opened deeper than MAX_NESTING: paired, but makes no span.
        self.deep = deep
        #: For a straight mark: where the first curly quote inside it closed.
        self.inner_close = None


class _Scanner:
    """One pass over the paragraphs with a stack of open marks."""

    def __init__(self, text: str, masked: str):
        self.text = text
        self.masked = masked
        self.spans: list[Span] = []
        self.unbalanced: list[Unbalanced] = []
        self.stack: list[_Open] = []
        #: How many marks of each family, and of each mark, are open: asked
        #: for every mark, so it must not walk a stack thousands of marks deep.
        self.open_count: dict = defaultdict(int)
        self._line_starts: list[int] | None = None

    def run(self) -> None:
        """Walk the marks paragraph by paragraph (a paragraph is a line).

        The marks are found in one pass over the whole text (no mark spans a
        line break) and dealt out to their paragraphs; a paragraph with no
        mark and no quote open has nothing to do and is passed over.
        """
        paragraphs = _paragraphs(self.masked)
        marks = [(m.start(), m.group()) for m in _MARKS.finditer(self.masked)]
        count, k = len(marks), 0
        for index, (start, end) in enumerate(paragraphs):
            first = k
            while k < count and marks[k][0] < end:
                k += 1
            if first == k and not self.stack:
                continue
            tokens = marks[first:k]
            continuing = self._carry_over(tokens, start)
            if continuing:
                tokens = tokens[1:]
            self._paragraph(tokens, start, end)
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            self._end_paragraph(nxt, end)
        self._close_all()

    def _carry_over(self, tokens, start) -> bool:
        """A paragraph opening with the mark of a quote still open continues it."""
        if not self.stack or not tokens:
            return False
        at, mark = tokens[0]
        if self.masked[start:at].strip():
            return False
        return _family_of_opening(mark) == self.stack[-1].family

    def _paragraph(self, tokens, start, end) -> None:
        """Classify and apply each mark of one paragraph."""
        masked = self.masked
        strong_close = _LazyCloses(masked, tokens)
        for i, (at, mark) in enumerate(tokens):
            before = masked[at - 1] if at > start else ""
            if before in _INVISIBLE:
                before = self._visible_before(at, start)
            after = masked[at + len(mark)] if at + len(mark) < end else ""
            if mark in _SINGLE_MARKS and self._apostrophe(mark, before, after, at, i, strong_close):
                continue
            if mark in _INCH_MARKS and before.isdigit() and _INCHES.search(masked[max(start, at - 6):at]):
                continue  # "Trump is 6'3" tall": feet and inches, not a quote mark
            if self._doubled_opening(mark, at):
                continue
            self._apply(mark, at, before, after)

    def _visible_before(self, at, start) -> str:
        """The character before ``at`` past invisible format marks (a
        left-to-right embedding pasted before a quote mark): "" at the
        paragraph start, as if they were not there."""
        i = at - 1
        while i >= start and self.masked[i] in _INVISIBLE:
            i -= 1
        return self.masked[i] if i >= start else ""

    def _doubled_opening(self, mark, at) -> bool:
        """Two double opening marks in a row ("“ or ““) open one quote, not two.

        The first is dropped as a stray, so the quote is delimited by the pair
        of curly marks around it.
        """
        top = self.stack[-1] if self.stack else None
        if top is None or top.family != DOUBLE or top.after != at or _family(mark) != DOUBLE:
            return False
        if mark not in ("“", "„", "\"", "''", "``"):
            return False
        self.open_count[top.mark] -= 1
        self.open_count[mark] += 1
        top.at, top.mark, top.after = at, mark, at + len(mark)
        return True

    def _apostrophe(self, mark, before, after, at, i, strong_close) -> bool:
        """True when a single mark is an apostrophe rather than a quote mark."""
        text = self.masked
        letter_before = bool(before) and _is_letter(before)
        letter_after = bool(after) and _is_letter(after)
        if letter_before and letter_after:
            return True  # don’t, Russia’s, O’Brien
        if after.isdigit() and not letter_before:
            return True  # ’90s
        if text[at - 1:at + 3] in (" ’n’", " 'n'") or text[at - 2:at + 1] in ("’n’", "'n'"):
            return True  # rock ’n’ roll
        if mark in ("‘", "‚", "`"):
            return False
        single_open = self.open_count[SINGLE] > 0
        if letter_before and not single_open:
            return True  # the allies’ plans, goin’
        if letter_before and before in "sS" and after == " " and strong_close[i]:
            return True  # plural possessive while a later mark can close the quote
        if not letter_before and letter_after and mark == "’":
            return True  # ’em, ’tis: a closing-shaped mark before a word is elision
        return False

    def _apply(self, mark, at, before, after) -> None:
        """Push, pop or record one quote mark."""
        if mark == "'.'":
            if self.open_count["''"]:
                self._close(DOUBLE, mark, at)
            return
        opens = before in _OPENERS_BEFORE or before.isspace() or _is_opening_char(before)
        closes = after in _CLOSE_AFTER or after.isspace() or _is_closing_char(after)
        family = _family(mark)
        if mark in ("”", "»", "›", "’") or (mark == "“" and self._closing_curly(before, after)):
            fallback = mark == "”" and (before == "" or (opens and not closes))
            self._close(family, mark, at, opening_fallback=fallback)
        elif mark in ("“", "«", "‹", "„", "‘", "‚", "``", "‟"):
            self._push(family, mark, at)
        elif self.open_count[family]:
            if closes or not opens or self._glued_close(mark, at, after):
                self._close(family, mark, at)
            elif not self._reopens_after_sentence(mark, at):
                self._push(family, mark, at)
        elif opens or not closes:
            self._push(family, mark, at)
        elif family == DOUBLE:
            self._record(at, mark)

    def _closing_curly(self, before, after) -> bool:
        """“ closes German „…“ quotes, and is a common typo for ” after a word."""
        if self._top_is("„"):
            return True
        if not self.open_count[DOUBLE]:
            return False
        at_end = after == "" or after in "\r\n"
        word_then_gap = bool(before) and not before.isspace() and (after in _CLOSE_AFTER or after.isspace())
        return at_end or word_then_gap

    def _glued_close(self, mark, at, after) -> bool:
        """``I can't wait to get started, "he said``: detokenised text glues a
        closing straight mark to the next word. Straight marks do not nest,
        so inside a straight quote, after a comma or a sentence end, one
        followed by a lowercase word closes it."""
        if mark != "\"" or not self._top_is("\"") or not after.islower():
            return False
        i = at - 1
        while i >= 0 and self.masked[i] == " ":
            i -= 1
        return i >= 0 and self.masked[i] in ",.!?…"

    def _reopens_after_sentence(self, mark, at) -> bool:
        """A straight mark reopening a straight quote right after a sentence end.

        Straight quotes do not nest (nesting takes single marks), so
        ``"… get out. "Our …"`` is one quote whose paragraph break was lost.
        """
        top = self.stack[-1]
        if mark != "\"" or top.mark != "\"":
            return False
        i = at - 1
        while i > top.after and self.masked[i] == " ":
            i -= 1
        return i > top.after and self.masked[i] in _SENTENCE_END

    def _top_is(self, mark) -> bool:
        return bool(self.stack) and self.stack[-1].mark == mark

    def _push(self, family, mark, at) -> None:
        self.stack.append(_Open(family, mark, at, at + len(mark), deep=len(self.stack) >= MAX_NESTING))
        self.open_count[family] += 1
        self.open_count[mark] += 1

    def _truncate(self, depth: int) -> None:
        """Forget the open marks from ``depth`` up, keeping open_count true."""
        for opened in self.stack[depth:]:
            self.open_count[opened.family] -= 1
            self.open_count[opened.mark] -= 1
        del self.stack[depth:]

    def _close(self, family, mark, at, opening_fallback=False) -> None:
        """Pop down to the nearest open mark of ``family``; inner opens are unbalanced.

        The walk down stops at that mark and every mark above it is popped,
        so it costs no more than the marks it removes.
        """
        for depth in range(len(self.stack) - 1, -1, -1) if self.open_count[family] else ():
            if self.stack[depth].family == family:
                break
        else:
            if opening_fallback:
                self._push(family, mark, at)
            elif family != SINGLE:
                self._record(at, mark)
            return
        for inner in self.stack[depth + 1:]:
            self._drop(inner)
        opened = self.stack[depth]
        self._truncate(depth)
        self._emit(opened, at, at + len(mark))
        if mark == "”" and self.stack and self.stack[-1].mark == "\"" and self.stack[-1].inner_close is None:
            self.stack[-1].inner_close = at

    def _emit(self, opened: _Open, close_start: int, close_end: int) -> None:
        """Record a span, trimmed of the spaces just inside its marks (none when too deep)."""
        if opened.deep:
            return
        start, end = opened.after, close_start
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            self.spans.append(Span(start, end, opened.at, close_end, opened.mark))

    def _end_paragraph(self, nxt, end: int) -> None:
        """At a paragraph end, keep a quote open only if the next paragraph reopens it.

        A double quote left open is recorded as unbalanced and its words are
        still kept, up to the paragraph end: news copy often drops the closing
        mark of a quote that fills the rest of its paragraph.
        """
        if not self.stack:
            return
        keep = []
        if nxt is not None:
            first = _MARKS.search(self.masked, nxt[0], nxt[1])
            if first and not self.masked[nxt[0]:first.start()].strip():
                family = _family_of_opening(first.group())
                outer = self.stack[0]
                if family == outer.family and family in (DOUBLE, GUILLEMET, ANGLE, SINGLE) \
                        and not (outer.inner_close is not None and first.group() != "\""):
                    keep = [outer]
        for opened in self.stack:
            if opened not in keep:
                self._drop(opened)
                if opened is self.stack[0] and opened.family in (DOUBLE, GUILLEMET):
                    if opened.inner_close is not None:  # mixed marks: it ends with the curly quote inside it
                        self._emit(opened, opened.inner_close, opened.inner_close + 1)
                    else:
                        self._emit(opened, end, end)
        self._truncate(len(keep))

    def _drop(self, opened: _Open) -> None:
        """An opening mark that never closed: unbalanced, unless a mere apostrophe."""
        if opened.family != SINGLE or opened.mark == "‘":
            self._record(opened.at, opened.mark)

    def _close_all(self) -> None:
        for opened in self.stack:
            self._drop(opened)
        self._truncate(0)

    def _record(self, at, mark) -> None:
        if self._line_starts is None:  # only an article with a stray mark needs them
            self._line_starts = [0] + [m.end() for m in regex.finditer("\n", self.text)]
        line, column = line_column(self._line_starts, at)
        self.unbalanced.append(Unbalanced(at, mark, line, column))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line (not empty, not all whitespace)."""
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            out.append((start, end))
        start = end + 1
    return out


_FAMILIES = {**dict.fromkeys(("\"", "“", "”", "„", "‟", "''", "``"), DOUBLE),
             **dict.fromkeys(("«", "»"), GUILLEMET), **dict.fromkeys(("‹", "›"), ANGLE)}


def _family(mark: str) -> str:
    """The family a mark belongs to; every other mark is a single one."""
    return _FAMILIES.get(mark, SINGLE)


def _family_of_opening(mark: str) -> str | None:
    """Family of a mark that may open a quote, or None for a closing-only mark."""
    if mark in ("”", "»", "›", "’"):
        return None
    return _family(mark)


def _is_opening_char(ch: str) -> bool:
    return ch in "“‘«‹„\"'"


def _is_closing_char(ch: str) -> bool:
    return ch in "”’»›\"'"


class _LazyCloses:
    """``_strong_single_closes`` of a paragraph, worked out only if a mark asks.

    Most paragraphs never reach the plural-possessive question that needs it.
    """

    __slots__ = ("text", "tokens", "closes")

    def __init__(self, text: str, tokens):
        self.text, self.tokens, self.closes = text, tokens, None

    def __getitem__(self, i: int) -> bool:
        if self.closes is None:
            self.closes = _strong_single_closes(self.text, self.tokens)
        return self.closes[i]


@lru_cache(maxsize=4096)
def _is_letter(ch: str) -> bool:
    """A letter or a digit in any script; asked for the neighbours of every single mark."""
    return _LETTER.match(ch) is not None


def _strong_single_closes(text: str, tokens) -> list[bool]:
    """For each token: is there a later single mark that can only be a closing one?

    Computed right to left in one pass so a paragraph full of marks stays linear.
    """
    out = [False] * len(tokens)
    seen = False
    for i in range(len(tokens) - 1, -1, -1):
        out[i] = seen
        at, mark = tokens[i]
        if mark in ("’", "'"):
            before = text[at - 1] if at else ""
            after = text[at + 1] if at + 1 < len(text) else ""
            if before and not before.isspace() and not (after and _is_letter(after)):
                if not (before in "sS" and after == " "):
                    seen = True
    return out


def line_column(line_starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, by bisecting the line starts."""
    index = bisect_right(line_starts, offset) - 1
    return index + 1, offset - line_starts[index] + 1
