"""The pipeline as a Python API: articles in, Quote records (or a DataFrame) out."""

from __future__ import annotations

import hashlib
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
            context=sentence_context(text, span.open_at, span.close_at),
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


def sentence_context(text: str, open_at: int, close_at: int, limit: int = 600) -> str:
    """The sentence(s) around a quote, within its paragraph, for a reviewer.

    Searches stay within CONTEXT_WINDOW characters of the quote: unbounded,
    a one-paragraph megabyte of short quotes scanned the whole paragraph for
    each of them (quadratic; benchmarks/adversarial.py, short-quotes).
    """
    low, high = max(0, open_at - CONTEXT_WINDOW), min(len(text), close_at + CONTEXT_WINDOW)
    para_start = max(text.rfind("\n", low, open_at) + 1, low)
    para_end = text.find("\n", close_at, high)
    para_end = high if para_end < 0 else para_end
    # str.rfind/find instead of a loop over characters: the same sentence
    # ends, found in C (this was a tenth of the extraction time).
    stop = max(text.rfind(end + " ", para_start + 1, open_at) for end in ".!?")
    start = stop + 2 if stop >= 0 else para_start
    stops = [i for i in (text.find(end + " ", close_at, para_end) for end in ".!?") if i >= 0]
    if close_at < para_end and text[para_end - 1] in ".!?":
        stops.append(para_end - 1)
    end = min(stops) + 1 if stops else para_end
    context = text[start:end].strip()
    return context if len(context) <= limit else context[: limit - 1] + "…"
