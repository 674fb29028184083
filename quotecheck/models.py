"""Record types that flow between the steps of the pipeline; no I/O here.

Path -> Article -> Quote -> VariantGroup -> Finding. Every record is a frozen
dataclass so that a step can never change what an earlier step produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: The kinds of quoted span, in the order a reader meets them in the docs.
KINDS = ("quote", "fragment", "headline", "term")

#: Channel types; see attribute.py for the words that map to each.
CHANNEL_TYPES = (
    "news agency",
    "broadcast",
    "interview",
    "press conference",
    "statement",
    "social media",
    "reporters",
    "document",
    "relayed",
)


@dataclass(frozen=True)
class Article:
    """One news article as read: its text and what is known about its source.

    ``id`` is stable for the same article across runs (file name relative to
    the folder given, or the corpus ``id``); ``path`` is the file it came from.
    """

    id: str
    path: str
    text: str
    outlet: Optional[str] = None
    date: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    #: (start, end) offsets of metadata lines ("Source: ...", "date ...") that
    #: are part of the text but not of the article's prose.
    metadata_spans: tuple = ()


@dataclass(frozen=True)
class Span:
    """A quoted span found in a text, before anyone asks who said it.

    ``start``/``end`` are the quoted words (marks excluded); ``open_at`` is the
    offset of the opening mark and ``close_at`` the offset just past the closing
    mark. A quote that runs over several paragraphs is one span.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str


@dataclass(frozen=True)
class Unbalanced:
    """A quote mark with no partner: reported, never fatal to the article."""

    offset: int
    mark: str
    line: int
    column: int


@dataclass(frozen=True)
class Attribution:
    """Who said a quote, through which words, by which medium."""

    speaker: Optional[str] = None
    speaker_title: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None
    channel: Optional[str] = None
    channel_type: Optional[str] = None


NO_ATTRIBUTION = Attribution()


@dataclass(frozen=True)
class Quote:
    """One quoted string of one article, with its attribution and position.

    ``start``/``end`` are offsets of the quoted words (marks excluded) into the
    article text as read, so ``article.text[start:end] == text``. ``line`` and
    ``column`` are 1-based and point at the opening mark.
    """

    id: str
    article: str
    outlet: Optional[str]
    line: int
    column: int
    start: int
    end: int
    text: str
    kind: str
    mark: str
    speaker: Optional[str] = None
    speaker_title: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None
    channel: Optional[str] = None
    channel_type: Optional[str] = None
    #: The sentence (or paragraph) the quote stands in, for a reviewer.
    context: str = ""

    def to_dict(self) -> dict:
        """Plain dict in field order, for JSON, CSV and DataFrames.

        Every field is a string, a number or None, so the fields are read
        directly: ``dataclasses.asdict`` deep-copies each value, which made
        the conversion cost more than the writing.
        """
        return {name: getattr(self, name) for name in QUOTE_FIELDS}


#: Field order of a quote record in every output format.
QUOTE_FIELDS = tuple(Quote.__dataclass_fields__)


@dataclass(frozen=True)
class Member:
    """One quote as a member of a variant group, with its diff to the reference."""

    article: str
    outlet: Optional[str]
    quote_id: str
    text: str
    start: int
    end: int
    line: int
    speaker: Optional[str]
    channel: Optional[str]
    #: Word-level diff against the group's reference: tuples (op, words) with
    #: op one of "equal", "delete", "insert".
    diff: tuple = ()
    variant: str = "identical"
    #: Every quote this member stands for: fragments of one sentence
    #: (`“businesslike” and “difficult”`) are compared as one wording.
    quote_ids: tuple = ()


@dataclass(frozen=True)
class VariantGroup:
    """One utterance as quoted by several articles, and how the wordings differ."""

    group: str
    speaker: Optional[str]
    variant: str
    reference: str
    members: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Finding:
    """One thing the CI mode reports: flat, immutable, sortable by position."""

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: str = "error"
    quote_id: Optional[str] = None
    fingerprint: Optional[str] = None
