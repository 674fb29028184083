"""The pipeline as a Python API: articles in, Quote records (or a DataFrame) out."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import attribute as _attribute
from .articles import read_articles
from .classify import final_kind, first_kind
from .extract import find_spans, line_column
from .models import QUOTE_FIELDS, Article, Quote, Unbalanced

__all__ = ["ArticleResult", "extract_quotes", "process_article", "quotes_dataframe", "read_articles"]


@dataclass(frozen=True)
class ArticleResult:
    """Everything one article yields: its quotes and its unbalanced marks."""

    article: Article
    quotes: tuple
    unbalanced: tuple


def process_article(article: Article) -> ArticleResult:
    """Find, classify and attribute every quoted span of one article."""
    text = article.text
    spans, unbalanced = find_spans(text, article.metadata_spans)
    kinds = [first_kind(text, span) for span in spans]
    attributions = _attribute.attribute(text, spans, kinds)
    starts = _line_starts(text)
    contexts = _Context(text, starts)
    seen: dict = {}
    quotes = []
    for span, kind, attr in zip(spans, kinds, attributions):
        words = text[span.start:span.end]
        occurrence = seen[words] = seen.get(words, 0) + 1
        line, column = line_column(starts, span.open_at)
        quotes.append(Quote(
            id=quote_id(article.id, words, occurrence),
            article=article.id, outlet=article.outlet, line=line, column=column,
            start=span.start, end=span.end, text=words,
            kind=final_kind(kind, attr.speaker is not None, getattr(attr, "modifier", False)),
            mark=span.mark, speaker=attr.speaker, speaker_title=attr.speaker_title,
            speaker_start=attr.speaker_start, speaker_end=attr.speaker_end, cue=attr.cue,
            channel=attr.channel, channel_type=attr.channel_type,
            context=contexts.sentence(span.open_at, span.close_at),
        ))
    return ArticleResult(article, tuple(quotes), tuple(unbalanced))


def extract_quotes(article: Article) -> list[Quote]:
    """The quotes of one article, in text order."""
    return list(process_article(article).quotes)


def iter_quotes(articles: Iterable[Article]) -> Iterator[Quote]:
    """Quotes of many articles, streamed one article at a time."""
    for article in articles:
        yield from process_article(article).quotes


def quotes_dataframe(quotes: Iterable[Quote]):
    """A pandas DataFrame with one row per quote, columns in record order."""
    import pandas as pd

    return pd.DataFrame([q.to_dict() for q in quotes], columns=list(QUOTE_FIELDS))


def quote_id(article_id: str, words: str, occurrence: int) -> str:
    """Stable id: the article, the quoted words, and which repeat of them it is.

    Offsets are left out on purpose, so editing another paragraph does not
    change the id a reviewer's verdict hangs on.
    """
    digest = hashlib.sha1(f"{article_id}\x00{words}\x00{occurrence}".encode("utf-8")).hexdigest()
    return "Q" + digest[:10]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


#: How far around a quote its sentence is looked for; news paragraphs are far shorter.
CONTEXT_WINDOW = 5000
#: A sentence end as sentence_context reads it: ". ", "! " or "? ", but not the
#: full stop of a title or an initial ("Mr. Trump", "Sen. Ron Johnson", "J. Smith"):
#: the abbreviations are attribution's own. The look-behinds follow the full
#: stop, so they are tried only where there is one: before it, they were tried
#: at every character and cost 18 times the rest of the context work.
_SENTENCE_END = re.compile(r"(?:\.(?<![A-Z]\.)"
                           + "".join(rf"(?<!\b{word.capitalize()}\.)" for word in sorted(_attribute.ABBREVIATIONS))
                           + r"|[!?]) ")


class _Context:
    """The sentence around each quote of one text, each line read once.

    A line's sentence ends are found the first time a quote of it asks, then
    bisected for every other quote of the line: searching the text around
    each quote cost up to 30,000 characters per quote on a long paragraph
    without a full stop (benchmarks/adversarial.py, interleaved), and lines
    with no quote are never read.
    """

    def __init__(self, text: str, line_starts: list[int]):
        self.text = text
        self.line_starts = line_starts
        self._ends: dict = {}

    def sentence(self, open_at: int, close_at: int, limit: int = 600) -> str:
        """The sentence(s) around a quote, within its paragraph (see sentence_context)."""
        text, starts = self.text, self.line_starts
        low, high = max(0, open_at - CONTEXT_WINDOW), min(len(text), close_at + CONTEXT_WINDOW)
        first = bisect_right(starts, open_at) - 1
        last = bisect_right(starts, close_at) - 1
        para_start = starts[first] if starts[first] > low else low
        para_end = starts[last + 1] - 1 if last + 1 < len(starts) and starts[last + 1] <= high else high
        ends = self._ends_on_line(first)
        index = bisect_right(ends, open_at - 2) - 1
        start = ends[index] + 2 if index >= 0 and ends[index] > para_start else para_start
        if last != first:
            ends = self._ends_on_line(last)
        index = bisect_left(ends, close_at)
        end = ends[index] if index < len(ends) and ends[index] <= para_end - 2 else para_end
        if close_at < para_end and text[para_end - 1] in ".!?":
            end = min(end, para_end - 1)
        end = end + 1 if end < para_end else para_end
        context = text[start:end].strip()
        return context if len(context) <= limit else context[: limit - 1] + "…"

    def _ends_on_line(self, line: int) -> list[int]:
        """Offsets of ". ", "! " and "? " (not after a title) on line number ``line`` (from 0)."""
        ends = self._ends.get(line)
        if ends is None:
            stop = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
            ends = self._ends[line] = [m.start() for m in _SENTENCE_END.finditer(self.text, self.line_starts[line], stop)]
        return ends


def sentence_context(text: str, open_at: int, close_at: int, limit: int = 600) -> str:
    """The sentence(s) around a quote, within its paragraph, for a reviewer.

    The paragraph is the quote's line, looked for no further than
    CONTEXT_WINDOW characters each side; the sentence runs from the last
    ". ", "! " or "? " before the opening mark to the first after the closing
    mark (or a final . ! ? of the paragraph). Only that window is read, so it
    serves one quote; process_article reads each line once for all of them.
    """
    low, high = max(0, open_at - CONTEXT_WINDOW), min(len(text), close_at + CONTEXT_WINDOW)
    window = text[low:high]
    return _Context(window, _line_starts(window)).sentence(open_at - low, close_at - low, limit)
